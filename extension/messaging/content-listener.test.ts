import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: unknown) => Promise<unknown> | undefined;
const listeners: Listener[] = [];

vi.mock('../platform/browser-api.ts', () => ({
  runtime: {
    id: () => 'ext-id',
    origin: () => 'chrome-extension://ext-id/',
    onMessage: (fn: Listener) => {
      listeners.push(fn);
      return () => listeners.splice(listeners.indexOf(fn), 1);
    },
  },
}));

const { listenAsContent } = await import('./content-listener.ts');

const fromBackground = { id: 'ext-id', url: 'chrome-extension://ext-id/service-worker-loader.js' };
const msg = (type: string, payload: unknown) => ({ joblens: 1, type, payload });
const view = { tabId: 2, hidden: false, collapsed: false, pay: null };

describe('listenAsContent (zod-free receiving side)', () => {
  let seen: unknown[];
  beforeEach(() => {
    listeners.length = 0;
    seen = [];
    listenAsContent({
      'content/panel-view': (v) => {
        seen.push(v);
        return { done: true };
      },
      'content/ping': () => ({ url: 'https://jobs.lever.co/a/b', key: null }),
    });
  });
  const send = (raw: unknown, sender: unknown) => listeners[0]?.(raw, sender);

  it('answers the background', async () => {
    expect(await send(msg('content/panel-view', view), fromBackground)).toEqual({
      ok: true,
      data: { done: true },
    });
    expect(seen).toEqual([view]);
    expect(await send(msg('content/ping', {}), { id: 'ext-id' })).toEqual({
      ok: true,
      data: { url: 'https://jobs.lever.co/a/b', key: null },
    });
  });

  it.each<[string, unknown, unknown, RegExp]>([
    ['another extension', msg('content/ping', {}), { id: 'other' }, /another extension/],
    ['a tab', msg('content/ping', {}), { ...fromBackground, tab: { id: 1 } }, /from a tab/],
    ['a web origin', msg('content/ping', {}), { id: 'ext-id', url: 'https://x.test/' }, /foreign/],
    ['a bad view', msg('content/panel-view', { tabId: 'x' }), fromBackground, /invalid payload/],
  ])('refuses a message from %s', async (_label, raw, sender, why) => {
    const reply = (await send(raw, sender)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(why);
    expect(seen).toEqual([]);
  });

  it.each([
    ['not ours', { hello: 1 }],
    ['for the background', msg('posting/none', { url: 'x' })],
    ['unknown', msg('content/format-disk', {})],
  ])('leaves a message that is %s unanswered', (_label, raw) => {
    expect(send(raw, fromBackground)).toBeUndefined();
  });
});
