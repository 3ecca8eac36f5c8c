import { describe, expect, it } from 'vitest';
import { posting } from '../testing/fixtures.ts';
import { checkIncoming, pageOf, type ReceiverContext, type SenderInfo } from './check-incoming.ts';
import { envelope } from './protocol.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const bg: ReceiverContext = { receiver: 'background', extensionId: ID, extensionOrigin: ORIGIN };
const content: ReceiverContext = { ...bg, receiver: 'content' };
const page: ReceiverContext = { ...bg, receiver: 'page' };

const fromTab: SenderInfo = {
  id: ID,
  url: 'https://boards.greenhouse.io/acme/jobs/1',
  frameId: 0,
  tab: { id: 7 },
};
const fromPopup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const fromPanel: SenderInfo = {
  id: ID,
  url: `${ORIGIN}panel.html?tab=7`,
  frameId: 3,
  tab: { id: 7 },
};
const fromOptions: SenderInfo = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 9 } };
const fromWorker: SenderInfo = { id: ID, url: `${ORIGIN}service-worker-loader.js` };

const look = envelope('page/look', {
  url: 'https://boards.greenhouse.io/acme/jobs/1',
  html: '<html><body><h1>Welder</h1></body></html>',
  cut: false,
  epoch: { isLastAttempt: false, force: false, silent: true },
});

describe('checkIncoming: accepted', () => {
  it.each([
    ['content sends its page', look, fromTab, bg, { kind: 'content', tabId: 7, url: fromTab.url }],
    [
      'content reports no posting',
      envelope('posting/none', { url: 'https://x.y/' }),
      fromTab,
      bg,
      { kind: 'content', tabId: 7, url: fromTab.url },
    ],
    [
      'popup asks for any tab',
      envelope('tab/get', { tabId: 3 }),
      fromPopup,
      bg,
      { kind: 'page', page: 'popup', tabId: null },
    ],
    [
      'panel asks for its own tab',
      envelope('tab/get', { tabId: 7 }),
      fromPanel,
      bg,
      { kind: 'page', page: 'panel', tabId: 7 },
    ],
    [
      'options imports a profile',
      envelope('profile/import', { profile: { version: 1, skills: [] } }),
      fromOptions,
      bg,
      { kind: 'page', page: 'options', tabId: 9 },
    ],
    [
      'background pings content',
      envelope('content/ping', {}),
      fromWorker,
      content,
      { kind: 'background' },
    ],
    [
      'background tells pages',
      envelope('page/changed', { tabId: 1, what: 'tab' }),
      fromWorker,
      page,
      { kind: 'background' },
    ],
  ])('%s', (_label, msg, sender, ctx, from) => {
    expect(checkIncoming(msg, sender, ctx)).toMatchObject({ ok: true, from });
  });
});

describe('checkIncoming: refused with a reason', () => {
  it.each([
    ['another extension', look, { ...fromTab, id: 'other' }, bg, /another extension/],
    ['content without a tab', look, { ...fromTab, tab: undefined }, bg, /not from a tab/],
    ['content from a sub-frame', look, { ...fromTab, frameId: 2 }, bg, /sub-frame/],
    ['a page pretending to be content', look, fromPopup, bg, /not from a tab|not from a web page/],
    [
      'content writing the saved list',
      envelope('role/save', { tabId: 7 }),
      fromTab,
      bg,
      /foreign origin/,
    ],
    [
      'content importing a profile',
      envelope('profile/import', { profile: { version: 1, skills: [] } }),
      fromTab,
      bg,
      /foreign origin/,
    ],
    [
      'panel importing a profile',
      envelope('profile/import', { profile: { version: 1, skills: [] } }),
      fromPanel,
      bg,
      /panel may not/,
    ],
    ['panel reading another tab', envelope('tab/get', { tabId: 8 }), fromPanel, bg, /another tab/],
    [
      'panel saving from another tab',
      envelope('role/save', { tabId: 8 }),
      fromPanel,
      bg,
      /another tab/,
    ],
    [
      'unknown page of ours',
      envelope('tab/get', { tabId: 1 }),
      { id: ID, url: `${ORIGIN}evil.html` },
      bg,
      /foreign origin/,
    ],
    ['bad payload', envelope('tab/get', { tabId: -1 } as never), fromPopup, bg, /invalid payload/],
    [
      'a "no posting" without its URL',
      { joblens: 1, type: 'posting/none', payload: { posting: posting() } },
      fromTab,
      bg,
      /invalid payload/,
    ],
    [
      'a page look without its look state',
      { joblens: 1, type: 'page/look', payload: { url: 'u', html: '', cut: false } },
      fromTab,
      bg,
      /invalid payload/,
    ],
    [
      'unknown type',
      { joblens: 1, type: 'root/shell', payload: {} },
      fromPopup,
      bg,
      /unknown message type/,
    ],
    [
      'a tab faking a background message',
      envelope('content/ping', {}),
      fromTab,
      content,
      /sent from a tab/,
    ],
    [
      'a web origin faking a page message',
      envelope('page/changed', { tabId: 1, what: 'tab' }),
      { id: ID, url: 'https://evil.example/' },
      page,
      /foreign origin/,
    ],
  ])('%s', (_label, msg, sender, ctx, reason) => {
    const r = checkIncoming(msg, sender as SenderInfo, ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && !r.ignore && r.reason).toMatch(reason);
  });
});

describe('checkIncoming: ignored (not for this receiver)', () => {
  it.each([
    ['plain object', { hello: 1 }, bg],
    ['string', 'hi', bg],
    ['page request seen by another page', envelope('tab/get', { tabId: 1 }), page],
    ['content request seen by a page', look, page],
    [
      'page notice seen by the background',
      envelope('page/changed', { tabId: null, what: 'roles' }),
      bg,
    ],
  ])('%s', (_label, msg, ctx) => {
    expect(checkIncoming(msg, fromPopup, ctx)).toMatchObject({ ok: false, ignore: true });
  });
});

describe('pageOf', () => {
  it.each([
    [`${ORIGIN}popup.html?tab=1`, 'popup'],
    [`${ORIGIN}panel.html#x`, 'panel'],
    [`${ORIGIN}options.html`, 'options'],
    [`${ORIGIN}popup`, null],
    [`${ORIGIN}assets/popup.html`, null],
    ['https://evil.example/popup.html', null],
  ])('%s -> %s', (url, name) => {
    expect(pageOf(url, ORIGIN)).toBe(name);
  });
});
