import { describe, expect, it } from 'vitest';
import { MessageError, unwrapReply } from './reply.ts';

const view = { tabId: 3, hidden: false, collapsed: true, pay: '£30K / yr · GBP' };

describe('unwrapReply (zod-free reply path)', () => {
  it.each<[string, Parameters<typeof unwrapReply>[0], unknown, unknown]>([
    ['a content view', 'posting/none', { ok: true, data: view }, view],
    ['a type without a guard', 'profile/get', { ok: true, data: null }, null],
    ['a null saved role', 'role/patch', { ok: true, data: null }, null],
  ])('passes %s through', (_label, type, raw, want) => {
    expect(unwrapReply(type, raw)).toEqual(want);
  });

  it.each<[string, Parameters<typeof unwrapReply>[0], unknown, RegExp]>([
    ['no answer at all', 'tab/get', undefined, /tab\/get: no answer/],
    ['a foreign shape', 'tab/get', { hello: 1 }, /no answer/],
    ['ok without data', 'tab/get', { ok: true }, /no answer/],
    ['an error reply', 'role/save', { ok: false, error: 'No job posting' }, /^No job posting$/],
    ['a view missing a field', 'posting/none', { ok: true, data: { tabId: 3 } }, /unexpected/],
    ['a negative tab id', 'content/view', { ok: true, data: { ...view, tabId: -1 } }, /unexpected/],
    [
      'a tab view of the wrong status',
      'tab/get',
      { ok: true, data: { status: 'x' } },
      /unexpected/,
    ],
    ['a list that is not one', 'roles/list', { ok: true, data: {} }, /unexpected/],
  ])('refuses %s', (_label, type, raw, message) => {
    expect(() => unwrapReply(type, raw)).toThrow(MessageError);
    expect(() => unwrapReply(type, raw)).toThrow(message);
  });

  it('accepts a full tab view as the background builds it', () => {
    const tab = {
      tabId: 4,
      status: 'posting',
      url: 'https://boards.greenhouse.io/a/jobs/1',
      host: 'boards.greenhouse.io',
      key: 'greenhouse:1',
      posting: { salary: [] },
      match: { score: 50 },
      saved: null,
      hasProfile: true,
      profileLocation: null,
      site: { hidden: false, collapsed: false },
      notices: 0,
    };
    expect(unwrapReply('tab/get', { ok: true, data: tab })).toBe(tab);
  });
});
