import { describe, expect, it } from 'vitest';
import { roleFromPosting } from '../storage/saved-roles.ts';
import { posting, profile } from '../testing/fixtures.ts';
import { checkIncoming, type ReceiverContext, type SenderInfo } from './check-incoming.ts';
import { IMPORT_MAX_ROLES } from './options-messages.ts';
import { envelope } from './protocol.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const bg: ReceiverContext = { receiver: 'background', extensionId: ID, extensionOrigin: ORIGIN };
const options: SenderInfo = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 9 } };
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const panel: SenderInfo = { id: ID, url: `${ORIGIN}panel.html?tab=7`, frameId: 3, tab: { id: 7 } };
const tab: SenderInfo = {
  id: ID,
  url: 'https://boards.greenhouse.io/a/jobs/1',
  frameId: 0,
  tab: { id: 7 },
};
const role = roleFromPosting({ key: 'k', posting: posting(), match: null, now: 1 }, undefined);

const MESSAGES = [
  envelope('profile/state', {}),
  envelope('profile/set', { profile: profile() }),
  envelope('profile/sync', { enabled: true }),
  envelope('roles/import', { roles: [role] }),
];

describe('options-only messages', () => {
  it.each(MESSAGES.map((m) => [m.type, m] as const))(
    '%s: accepted from the options page',
    (_t, msg) => {
      expect(checkIncoming(msg, options, bg)).toMatchObject({
        ok: true,
        from: { page: 'options' },
      });
    },
  );

  it.each(
    MESSAGES.flatMap((m) =>
      [
        ['popup', popup, /popup may not/],
        ['panel', panel, /panel may not/],
        ['a web page', tab, /foreign origin/],
        ['another extension', { ...options, id: 'other' }, /another extension/],
      ].map(([who, sender, why]) => [m.type, who, m, sender, why] as const),
    ),
  )('%s: refused from %s', (_t, _who, msg, sender, why) => {
    const r = checkIncoming(msg, sender as SenderInfo, bg);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(why as RegExp);
  });

  // Undo of a remove is offered wherever Remove is: the popup and the panel too.
  it.each([
    ['popup', popup],
    ['panel', panel],
    ['options', options],
  ])('role/restore: accepted from the %s, not from a web page', (_who, sender) => {
    expect(checkIncoming(envelope('role/restore', { role }), sender, bg).ok).toBe(true);
    expect(checkIncoming(envelope('role/restore', { role }), tab, bg).ok).toBe(false);
  });

  it.each([
    [
      'a profile that fails the schema',
      envelope('profile/set', { profile: { version: 2 } as never }),
    ],
    [
      'a role with an unknown stage',
      envelope('role/restore', { role: { ...role, stage: 'x' } as never }),
    ],
    [
      'an import with a bad role',
      envelope('roles/import', { roles: [role, { key: '' } as never] }),
    ],
    [
      'an import longer than any real list',
      envelope('roles/import', { roles: new Array(IMPORT_MAX_ROLES + 1).fill(role) }),
    ],
  ])('%s: refused before any handler runs', (_l, msg) => {
    const r = checkIncoming(msg, options, bg);
    expect(!r.ok && r.reason).toMatch(/invalid payload/);
  });
});
