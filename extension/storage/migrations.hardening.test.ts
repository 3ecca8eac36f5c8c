import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Profile } from '../../src/schema/profile.ts';
import { isRoleKey, KEYS } from './keys.ts';
import { createMemoryArea } from './memory-area.ts';
import { CURRENT_SCHEMA_VERSION, diffSnapshots, MIGRATIONS, migrate } from './migrations.ts';
import { isQuarantineKey } from './quarantine.ts';
import { Settings } from './settings.ts';
import { createStore } from './store.ts';

const fixtureUrl = (version: number) =>
  new URL(`./fixtures/v${version}-snapshot.json`, import.meta.url);
const fixture = (version: number): Record<string, unknown> =>
  JSON.parse(readFileSync(fixtureUrl(version), 'utf8'));

/** Every layout a user can still have on disk: 1 .. current - 1. */
const EARLIER = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1);

/**
 * Entries of savedRoles once in the v3 record (v1 duplicates of one job are merged by v1->v2);
 * from v4 on, the role keys and the roles already set aside.
 */
const entryCount = (data: Record<string, unknown>) => {
  if (Number(data[KEYS.schemaVersion]) >= 4)
    return Object.entries(data).filter(
      ([k, v]) =>
        isRoleKey(k) ||
        (isQuarantineKey(k) &&
          String((v as { originalKey?: string }).originalKey).startsWith(`${KEYS.savedRoles}/`)),
    ).length;
  const v3 = migrate(data, MIGRATIONS, 3);
  const roles = v3.ok ? v3.data[KEYS.savedRoles] : undefined;
  return roles && typeof roles === 'object' ? Object.keys(roles).length : 0;
};

describe('migrations: every earlier layout reaches the current one', () => {
  it('each layout version has a migration step and a fixture (a new version needs both)', () => {
    for (const v of EARLIER) {
      expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
      expect(existsSync(fixtureUrl(v)), `fixtures/v${v}-snapshot.json`).toBe(true);
    }
  });

  it.each(EARLIER)('v%i: opened by this build, nothing is lost silently', async (v) => {
    const before = fixture(v);
    const area = createMemoryArea(before);
    const logs: string[] = [];
    const store = createStore(area, { now: () => 9_000, log: (m) => logs.push(m) });
    const result = await store.init();
    expect(result).toMatchObject({ ok: true, from: v, to: CURRENT_SCHEMA_VERSION });
    const migrated = await area.get(null);
    expect(migrated[KEYS.schemaVersion]).toBe(CURRENT_SCHEMA_VERSION);

    // Read through the store: every role is either usable or set aside with a reason.
    const roles = await store.getSavedRoles();
    const notices = await store.notices();
    const roleNotices = notices.filter((n) => n.originalKey.startsWith(`${KEYS.savedRoles}/`));
    expect(Object.keys(roles).length + roleNotices.length).toBe(entryCount(before));
    expect(migrated[KEYS.savedRoles]).toBeUndefined();
    expect((await store.listIndex()).map((e) => e.key).sort()).toEqual(Object.keys(roles).sort());
    expect(Object.keys(roles).length).toBeGreaterThan(0);
    for (const n of notices) expect(n.reason.length).toBeGreaterThan(3);
    // The profile and settings survive, valid under today's schemas.
    expect(Profile.safeParse(await store.getProfile()).success).toBe(true);
    expect(await store.getProfile()).not.toBeNull();
    expect(Settings.safeParse(await store.getSettings()).success).toBe(true);
    // The set-aside values are still there, verbatim, until the user dismisses them.
    const kept = Object.keys(await area.get(null)).filter(isQuarantineKey);
    expect(kept).toHaveLength(notices.length);
  });

  it.each(EARLIER)('v%i: migrating again changes nothing (a restart mid-way is safe)', (v) => {
    const once = migrate(fixture(v));
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    const twice = migrate(once.data);
    expect(twice).toMatchObject({ ok: true, from: CURRENT_SCHEMA_VERSION });
    if (twice.ok) expect(diffSnapshots(once.data, twice.data)).toEqual({ set: {}, remove: [] });
  });
});

describe('a corrupted schemaVersion', () => {
  /** The last fixture brought to the current layout: roles, index, settings. */
  const current = () => {
    const r = migrate(fixture(CURRENT_SCHEMA_VERSION - 1));
    if (!r.ok) throw new Error(r.reason);
    const data = Object.fromEntries(Object.entries(r.data).filter(([k]) => !isQuarantineKey(k)));
    return { ...data, [KEYS.settings]: { sites: {}, alwaysRun: [], profileSync: false } };
  };

  it.each([['three'], [-1], [2.5], [null], [{ v: 3 }]])(
    '%j is set aside and reported; the data is read and kept working',
    async (bad) => {
      const area = createMemoryArea({ ...current(), [KEYS.schemaVersion]: bad });
      const store = createStore(area, { now: () => 9_000 });
      expect(await store.init()).toMatchObject({ ok: true, to: CURRENT_SCHEMA_VERSION });
      const notices = await store.notices();
      expect(notices.map((n) => n.originalKey)).toContain(KEYS.schemaVersion);
      expect(notices.find((n) => n.originalKey === KEYS.schemaVersion)?.reason).toMatch(/version/);
      expect((await area.get(KEYS.schemaVersion))[KEYS.schemaVersion]).toBe(CURRENT_SCHEMA_VERSION);
      expect(Object.keys(await store.getSavedRoles()).length).toBeGreaterThan(0);
      // A restart does not report it twice.
      await createStore(area, { now: () => 9_500 }).init();
      expect(
        (await store.notices()).filter((n) => n.originalKey === KEYS.schemaVersion),
      ).toHaveLength(1);
    },
  );

  it('a version from a newer JobLens: left untouched, reported once', async () => {
    const data = { ...current(), [KEYS.schemaVersion]: CURRENT_SCHEMA_VERSION + 5 };
    const area = createMemoryArea(data);
    for (const at of [9_000, 9_500]) await createStore(area, { now: () => at }).init();
    const store = createStore(area, { now: () => 9_900 });
    const notices = (await store.notices()).filter((n) => n.originalKey === KEYS.schemaVersion);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.reason).toMatch(/newer JobLens/);
    expect((await area.get(KEYS.schemaVersion))[KEYS.schemaVersion]).toBe(
      CURRENT_SCHEMA_VERSION + 5,
    );
  });
});
