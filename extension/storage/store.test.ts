import { describe, expect, it } from 'vitest';
import { match, posting, profile } from '../testing/fixtures.ts';
import { INDEX_KEYS } from './keys.ts';
import { createMemoryArea, type KeyValueArea } from './memory-area.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { createStore } from './store.ts';

/** A storage area whose every call yields to the event loop, as the real one does. */
function slowArea(
  initial: Record<string, unknown> = {},
): KeyValueArea & { dump(): Promise<Record<string, unknown>> } {
  const inner = createMemoryArea(initial);
  const later = <T>(p: () => Promise<T>) =>
    new Promise<T>((resolve, reject) =>
      setTimeout(() => p().then(resolve, reject), Math.random() * 3),
    );
  return {
    get: (k) => later(() => inner.get(k)),
    set: (i) => later(() => inner.set(i)),
    remove: (k) => later(() => inner.remove(k)),
    dump: () => inner.get(null),
  };
}

let clock = 1_000;
const now = () => ++clock;

describe('store: saved roles', () => {
  it('saves from many tabs at once: every save lands', async () => {
    const area = slowArea();
    const store = createStore(area, { now });
    const keys = Array.from({ length: 12 }, (_, i) => `greenhouse:acme:${i}`);
    await Promise.all(
      keys.map((key, i) =>
        store.saveRole({ key, posting: posting({ jobId: String(i) }), match: match(), now: now() }),
      ),
    );
    const roles = await store.getSavedRoles();
    expect(Object.keys(roles).sort()).toEqual([...keys].sort());
  });

  it('saving one job twice (two URLs, two tabs) keeps one entry and the user stage/note', async () => {
    const store = createStore(slowArea(), { now });
    const key = 'greenhouse:acme:101';
    const first = await store.saveRole({ key, posting: posting(), match: match(), now: now() });
    await store.patchRole(key, { stage: 'applied', note: 'sent CV' });
    await Promise.all([
      store.saveRole({
        key,
        posting: posting({ url: 'https://boards.greenhouse.io/acme/jobs/101?gh_src=a' }),
        match: match({ score: 90 }),
        now: now(),
      }),
      store.saveRole({
        key,
        posting: posting({ title: 'Backend Engineer II' }),
        match: match(),
        now: now(),
      }),
    ]);
    const roles = await store.getSavedRoles();
    expect(Object.keys(roles)).toEqual([key]);
    expect(roles[key]).toMatchObject({
      stage: 'applied',
      note: 'sent CV',
      savedAt: first.savedAt,
      title: 'Backend Engineer II',
    });
  });

  it('removes and patches by key; unknown keys are reported, not created', async () => {
    const store = createStore(createMemoryArea(), { now });
    await store.saveRole({ key: 'k', posting: posting(), match: null, now: now() });
    expect(await store.patchRole('missing', { stage: 'offer' })).toBeNull();
    expect(await store.removeRole('missing')).toEqual({ removed: false, role: null });
    expect((await store.removeRole('k')).removed).toBe(true);
    expect(await store.getSavedRoles()).toEqual({});
  });
});

describe('store: validation on read', () => {
  it('sets a bad saved role aside under quarantine: with the reason and keeps the rest', async () => {
    const area = createMemoryArea();
    const store = createStore(area, { now });
    await store.init();
    const good = await store.saveRole({ key: 'good', posting: posting(), match: null, now: now() });
    await store.saveRole({ key: 'bad', posting: posting(), match: null, now: now() });
    // Corrupted by hand after it was saved and listed.
    await area.set({ 'role:bad': { ...good, key: 'bad', stage: 'dreaming' } });
    expect((await store.listIndex()).map((e) => e.key).sort()).toEqual(['bad', 'good']);
    const roles = await store.getSavedRoles();
    expect(Object.keys(roles)).toEqual(['good']);
    // Loading it found it bad: no longer listed either.
    expect((await store.listIndex()).map((e) => e.key)).toEqual(['good']);
    const all = await area.get(null);
    const q = Object.entries(all).filter(([k]) => k.startsWith('quarantine:'));
    expect(q).toHaveLength(1);
    expect(q[0]?.[1]).toMatchObject({
      originalKey: 'role:bad',
      value: { stage: 'dreaming' },
    });
    const notices = await store.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.reason).toMatch(/stage/);
    // The stored record no longer has it, so the next read does not set it aside again.
    await store.getSavedRoles();
    expect(await store.notices()).toHaveLength(1);
  });

  it('sets a bad profile aside and treats the profile as missing', async () => {
    const area = createMemoryArea({
      schemaVersion: 2,
      profile: { version: 1, skills: 'all of them' },
    });
    const store = createStore(area, { now });
    expect(await store.getProfile()).toBeNull();
    const notices = await store.notices();
    expect(notices.map((n) => n.originalKey)).toEqual(['profile']);
    expect((await area.get('profile')).profile).toBeUndefined();
    await store.dismissNotice(notices[0]!.id);
    expect(await store.notices()).toEqual([]);
  });

  it('bad settings fall back to defaults, visibly', async () => {
    const store = createStore(createMemoryArea({ settings: { sites: 5 } }), { now });
    expect(await store.getSettings()).toEqual({ sites: {}, alwaysRun: [], profileSync: false });
    expect((await store.notices())[0]?.originalKey).toBe('settings');
  });

  it('round-trips a profile and rejects an invalid one before writing', async () => {
    const store = createStore(createMemoryArea(), { now });
    await store.setProfile(profile());
    expect(await store.getProfile()).toEqual(profile());
    await expect(store.setProfile({ version: 2 } as never)).rejects.toThrow();
    expect(await store.getProfile()).toEqual(profile());
  });
});

describe('store: init', () => {
  it('migrates a v1 store in place', async () => {
    const area = createMemoryArea({ savedRoles: [{ key: 'k', status: 'offer' }] });
    const store = createStore(area, { now });
    const r = await store.init();
    expect(r).toMatchObject({ ok: true, from: 1, to: CURRENT_SCHEMA_VERSION });
    const all = await area.get(null);
    expect(all.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Not a valid role after v1 -> v3: set aside at the move to v4, with the reason.
    expect(all.savedRoles).toBeUndefined();
    expect(Object.keys(all).filter((k) => k.startsWith('role:'))).toEqual([]);
    expect((await createStore(area, { now }).notices()).map((n) => n.originalKey)).toEqual([
      'savedRoles/k',
    ]);
  });

  it('writes only the version on a fresh install; the first read builds an empty index', async () => {
    const area = createMemoryArea();
    const store = createStore(area, { now });
    await store.init();
    expect(await area.get(null)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(await store.listIndex()).toEqual([]);
    expect(await area.get(null)).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...Object.fromEntries(INDEX_KEYS.map((k) => [k, '[]'])),
    });
    expect(await store.notices()).toEqual([]);
  });

  it('a current store is not read whole at start: only its version', async () => {
    const area = createMemoryArea();
    await createStore(area, { now }).init();
    const asked: unknown[] = [];
    const watched: KeyValueArea = {
      ...area,
      get: (k) => {
        asked.push(k);
        return area.get(k);
      },
    };
    await createStore(watched, { now }).init();
    expect(asked).toEqual(['schemaVersion']);
  });

  it('leaves data from a newer build untouched', async () => {
    const data = { schemaVersion: 99, savedRoles: { x: 1 } };
    const area = createMemoryArea(data);
    const r = await createStore(area, { now, log: () => undefined }).init();
    expect(r.ok).toBe(false);
    // The data is untouched; the only addition is the notice that says why.
    expect(await area.get(['schemaVersion', 'savedRoles'])).toEqual(data);
    const added = Object.keys(await area.get(null)).filter((k) => !(k in data));
    expect(added).toEqual([expect.stringMatching(/^quarantine:schemaVersion:/)]);
  });
});

describe('store: notices', () => {
  it('lists values set aside by any key, even before that key was read, and says so', async () => {
    let told = 0;
    const area = createMemoryArea({
      schemaVersion: 2,
      settings: { alwaysRun: 'all' },
      savedRoles: { x: { key: 'x' } },
    });
    const store = createStore(area, { now, onSetAside: () => told++ });
    await store.init();
    const notices = await store.notices();
    expect(notices.map((n) => n.originalKey).sort()).toEqual(['savedRoles/x', 'settings']);
    expect(told).toBe(2);
  });
});

describe("store: a tab view's inputs in one job", () => {
  it('the same values as the separate reads, every bad value set aside first', async () => {
    const area = slowArea({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      profile: { version: 1, skills: 'all of them' },
      settings: { sites: 5 },
    });
    const store = createStore(area, { now });
    await store.saveRole({ key: 'greenhouse:1', posting: posting(), match: null, now: 5 });
    const inputs = await store.viewInputs('greenhouse:1');
    expect(inputs.saved?.key).toBe('greenhouse:1');
    expect(inputs.profile).toBeNull();
    expect(inputs.settings).toEqual({ sites: {}, alwaysRun: [], profileSync: false });
    expect(inputs.notices.map((n) => n.originalKey).sort()).toEqual(['profile', 'settings']);
    expect(inputs.saved).toEqual(await store.getRole('greenhouse:1'));
    expect(inputs.notices).toEqual(await store.notices());
    expect((await store.viewInputs(null)).saved).toBeNull();
    await store.setProfile(profile());
    expect((await store.viewInputs('lever:9')).profile).toEqual(await store.getProfile());
    expect((await store.viewInputs('lever:9')).saved).toBeNull();
  });
});

describe('store: rescore, restore, import', () => {
  it('rescore calls waiting to start share one pass, which sees the latest profile', async () => {
    const store = createStore(slowArea(), { now });
    await store.saveRole({ key: 'k', posting: posting(), match: null, now: 1 });
    const seen: (string | null | undefined)[] = [];
    const scorer = (_r: unknown, p: { location?: string | null } | null) => {
      seen.push(p?.location);
      return { score: 50, summary: 'half' };
    };
    const first = store.setProfile(profile({ location: 'A' }));
    void store.setProfile(profile({ location: 'B' }));
    await first;
    const runs = [1, 2, 3].map(() => store.rescoreRoles(scorer));
    expect(await Promise.all(runs)).toEqual([1, 1, 1]);
    expect(seen).toEqual(['B']);
    expect((await store.getSavedRoles()).k).toMatchObject({ match: { score: 50 }, updatedAt: 1 });
  });

  it('restore does not overwrite a role saved again meanwhile', async () => {
    const store = createStore(createMemoryArea(), { now });
    const old = await store.saveRole({ key: 'k', posting: posting(), match: null, now: 1 });
    const fresh = await store.saveRole({ key: 'k', posting: posting(), match: null, now: 9 });
    expect(await store.restoreRole({ ...old, note: 'old' })).toEqual(fresh);
  });
});

describe('store: the profile stays on the machine', () => {
  it('updating from v4: a profile earlier versions synced comes home and leaves sync storage', async () => {
    const here = profile({ location: 'Here' });
    const newer = profile({ location: 'Synced later' });
    const local = createMemoryArea({ schemaVersion: 4, profile: here, profileSavedAt: 10 });
    const sync = createMemoryArea({ profile: newer, profileSavedAt: 20 });
    const store = createStore(local, { sync, now: () => 100 });
    expect(await store.init()).toMatchObject({ ok: true, from: 4, to: CURRENT_SCHEMA_VERSION });
    expect(await sync.get(null)).toEqual({});
    expect(await store.profileState()).toMatchObject({
      profile: newer,
      storedIn: 'local',
      syncEnabled: false,
    });
  });

  it('sync is an opt-in: on copies the profile there, off takes it out and keeps it here', async () => {
    const sync = createMemoryArea();
    const store = createStore(createMemoryArea(), { sync, now: () => 100 });
    await store.init();
    await store.setProfile(profile());
    expect(await sync.get(null)).toEqual({});
    expect(await store.setProfileSync(true)).toMatchObject({ storedIn: 'sync', syncEnabled: true });
    expect((await sync.get('profile')).profile).toEqual(profile());
    await store.setProfile(profile({ location: 'Moved' }));
    expect((await sync.get('profile')).profile).toEqual(profile({ location: 'Moved' }));
    expect(await store.setProfileSync(false)).toMatchObject({
      storedIn: 'local',
      syncEnabled: false,
    });
    expect(await sync.get(null)).toEqual({});
    expect(await store.getProfile()).toEqual(profile({ location: 'Moved' }));
  });
});
