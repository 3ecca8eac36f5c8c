import { describe, expect, it } from 'vitest';
import { parseRolesFile } from '../options/model/roles-file.ts';
import { posting } from '../testing/fixtures.ts';
import { isRoleKey } from './keys.ts';
import { createMemoryArea } from './memory-area.ts';
import { mergeRoles } from './merge-roles.ts';
import { SavedRole } from './saved-role.ts';
import { roleFromPosting } from './saved-roles.ts';
import { createStore } from './store.ts';

/**
 * A malicious roles file (or a hand-edited store) can name a role after something every
 * object already has: "__proto__", "constructor", "toString". Records keyed by job must never
 * treat those as saved roles (a lookup finds Object.prototype) nor assign them (which sets an
 * object's prototype instead of adding an entry).
 */
const RESERVED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

const role = (key: string, over: Partial<SavedRole> = {}): SavedRole => ({
  ...roleFromPosting({ key, posting: posting(), match: null, now: 1_000 }, undefined),
  ...over,
});

/** What a JSON file can hold: an own "__proto__" property is legal JSON. */
const fileWith = (keys: string[]) =>
  `{"format":"joblens-roles","version":2,"roles":[${keys
    .map((k) => JSON.stringify(role(k, { title: `role ${k}` })))
    .join(',')}]}`;

describe('saved roles under reserved object names', () => {
  it.each(RESERVED)('the schema refuses a role keyed %j, with a reason', (key) => {
    const r = SavedRole.safeParse(role(key));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/reserved/);
  });

  it('an import file naming them: those entries are reported invalid, the rest import', () => {
    const parsed = parseRolesFile(fileWith([...RESERVED, 'greenhouse:1']));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.roles.map((r) => r.key)).toEqual(['greenhouse:1']);
    expect(parsed.invalid.map((i) => i.index)).toEqual([0, 1, 2, 3, 4]);
    expect(parsed.invalid[0]?.reason).toMatch(/key.*reserved/);
    expect(() => mergeRoles({}, parsed.roles)).not.toThrow();
  });

  it('a stored record holding them sets them aside; nothing leaks onto the prototype', async () => {
    const good = role('greenhouse:1');
    // JSON.parse makes "__proto__" an own key, as chrome.storage hands it back.
    const savedRoles = JSON.parse(
      `{${[...RESERVED, 'greenhouse:1']
        .map((k) => `${JSON.stringify(k)}:${JSON.stringify(k === 'greenhouse:1' ? good : role(k))}`)
        .join(',')}}`,
    );
    const area = createMemoryArea({ schemaVersion: 3, savedRoles });
    const store = createStore(area, { now: () => 5_000 });
    await store.init();
    const roles = await store.getSavedRoles();
    expect(Object.keys(roles)).toEqual(['greenhouse:1']);
    for (const k of RESERVED) expect((roles as Record<string, unknown>)[k]).toBeUndefined();
    const notices = await store.notices();
    expect(notices.map((n) => n.originalKey).sort()).toEqual(
      RESERVED.map((k) => `savedRoles/${k}`).sort(),
    );
    // And the store keeps working: save, patch, remove.
    await store.saveRole({ key: 'lever:2', posting: posting(), match: null, now: 6_000 });
    expect(await store.patchRole('lever:2', { stage: 'applied' })).toMatchObject({
      stage: 'applied',
    });
    expect(await store.patchRole('constructor', { stage: 'applied' })).toBeNull();
    expect((await store.removeRole('toString')).removed).toBe(false);
    expect(Object.keys(await store.getSavedRoles()).sort()).toEqual(['greenhouse:1', 'lever:2']);
    expect(({} as Record<string, unknown>).stage).toBeUndefined();
  });

  it('a role/restore or import of such a role never reaches storage', async () => {
    const area = createMemoryArea();
    const store = createStore(area, { now: () => 5_000 });
    await expect(store.restoreRole(role('__proto__'))).rejects.toThrow(/reserved/);
    await expect(store.importRoles([role('constructor')])).rejects.toThrow(/reserved/);
    expect(Object.keys(await area.get(null)).filter(isRoleKey)).toEqual([]);
    expect(await store.listIndex()).toEqual([]);
  });
});
