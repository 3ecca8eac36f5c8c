import { describe, expect, it } from 'vitest';
import { profile } from '../testing/fixtures.ts';
import { createMemoryArea, type KeyValueArea } from './memory-area.ts';
import { createProfileStore } from './profile-store.ts';
import type { QuarantineEntry } from './quarantine.ts';

function setup(
  opts: { sync?: KeyValueArea | null; local?: KeyValueArea; at?: number; optedIn?: boolean } = {},
) {
  let clock = opts.at ?? 1000;
  const choice = { sync: opts.optedIn ?? true };
  const local = opts.local ?? createMemoryArea();
  const setAside: QuarantineEntry[] = [];
  const sync = opts.sync === undefined ? createMemoryArea() : opts.sync;
  const store = createProfileStore({
    local,
    sync,
    syncEnabled: async () => choice.sync,
    now: () => clock,
    setAside: async (e) => void setAside.push(...e),
    log: () => undefined,
  });
  return { store, local, sync, setAside, choice, tick: (ms: number) => (clock += ms) };
}

/** A sync area that refuses writes, as storage.sync does over its quota. */
function fullSync(): KeyValueArea {
  const inner = createMemoryArea();
  return {
    get: inner.get,
    remove: inner.remove,
    set: async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    },
  };
}

describe('profile store, sync off (the default)', () => {
  it('writes storage.local only: nothing reaches sync storage', async () => {
    const { store, local, sync } = setup({ optedIn: false });
    const written = await store.write(profile());
    expect(written).toMatchObject({ storedIn: 'local', syncEnabled: false, notice: null });
    expect((await local.get('profile')).profile).toEqual(profile());
    expect(await sync!.get(null)).toEqual({});
    expect(await store.state()).toEqual(written);
  });

  it('ignores a copy in sync storage while the user has not opted in', async () => {
    const sync = createMemoryArea({
      profile: profile({ location: 'Elsewhere' }),
      profileSavedAt: 9,
    });
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 5 });
    expect(await setup({ local, sync, optedIn: false }).store.read()).toEqual(profile());
  });

  it('leaving sync keeps the newer copy here, then clears sync storage', async () => {
    const synced = profile({ location: 'Porto' });
    const sync = createMemoryArea({ profile: synced, profileSavedAt: 90, other: 1 });
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 50 });
    const { store } = setup({ local, sync, optedIn: false });
    await store.leaveSync();
    expect(await store.read()).toEqual(synced);
    expect(await sync.get(null)).toEqual({ other: 1 });
  });

  it('leaving sync keeps the local copy when it is the newer one', async () => {
    const sync = createMemoryArea({ profile: profile({ location: 'Old' }), profileSavedAt: 10 });
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 50 });
    const { store } = setup({ local, sync, optedIn: false });
    await store.leaveSync();
    expect(await store.read()).toEqual(profile());
    expect(await sync.get(null)).toEqual({});
  });

  it('a sync area that cannot be cleared is logged; the local profile is untouched', async () => {
    const inner = createMemoryArea({ profile: profile(), profileSavedAt: 1 });
    const sync: KeyValueArea = {
      ...inner,
      remove: async () => {
        throw new Error('sync is disabled');
      },
    };
    const local = createMemoryArea({ profile: profile({ location: 'Here' }), profileSavedAt: 5 });
    const { store } = setup({ local, sync, optedIn: false });
    await expect(store.leaveSync()).resolves.toBeUndefined();
    expect(await store.read()).toEqual(profile({ location: 'Here' }));
  });

  it('opting in copies the local profile to sync', async () => {
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 7 });
    const { store, sync, choice } = setup({ local, optedIn: false });
    choice.sync = true;
    expect(await store.joinSync()).toMatchObject({ storedIn: 'sync', syncEnabled: true });
    expect(await sync!.get(null)).toEqual({ profile: profile(), profileSavedAt: 7 });
  });
});

describe('profile store, sync on (opted in)', () => {
  it('writes both copies and reads the profile back as synced', async () => {
    const { store, local, sync } = setup();
    const written = await store.write(profile());
    expect(written).toMatchObject({
      storedIn: 'sync',
      syncEnabled: true,
      notice: null,
      savedAt: 1000,
    });
    expect((await local.get('profile')).profile).toEqual(profile());
    expect((await sync!.get('profile')).profile).toEqual(profile());
    expect(await store.state()).toEqual(written);
  });

  it('over the sync quota: kept locally, nothing lost, and the user is told', async () => {
    const { store, local } = setup({ sync: fullSync() });
    const written = await store.write(profile());
    expect(written.storedIn).toBe('local');
    expect(written.notice).toMatch(/this browser only.*quota/);
    expect((await local.get('profile')).profile).toEqual(profile());
    expect(await store.state()).toMatchObject({ profile: profile(), storedIn: 'local' });
    expect((await store.state()).notice).toMatch(/could not be written to sync/);
  });

  it('without storage.sync: local only, with a notice', async () => {
    const { store } = setup({ sync: null });
    expect((await store.write(profile())).notice).toMatch(/not available/);
    expect(await store.read()).toEqual(profile());
  });

  it('reads the newer copy: a profile synced from another browser wins, and is kept locally', async () => {
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 50 });
    const synced = profile({ location: 'Lisbon' });
    const sync = createMemoryArea({ profile: synced, profileSavedAt: 90 });
    const { store } = setup({ local, sync });
    expect(await store.state()).toMatchObject({ profile: synced, storedIn: 'sync' });
    expect((await local.get(null)).profileSavedAt).toBe(90);
  });

  it('an older synced copy loses to the local one', async () => {
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 90 });
    const sync = createMemoryArea({ profile: profile({ location: 'Old' }), profileSavedAt: 10 });
    expect(await setup({ local, sync }).store.read()).toEqual(profile());
  });

  it('each write is newer than the copy it replaces, even with a clock behind', async () => {
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 5000 });
    const { store } = setup({ local, at: 10 });
    expect((await store.write(profile({ location: 'X' }))).savedAt).toBe(5001);
  });

  it('an invalid synced value is set aside and removed; the local copy is used', async () => {
    const local = createMemoryArea({ profile: profile(), profileSavedAt: 1 });
    const sync = createMemoryArea({ profile: { version: 9 }, profileSavedAt: 99 });
    const { store, setAside } = setup({ local, sync });
    expect(await store.read()).toEqual(profile());
    expect(setAside.map((e) => e.originalKey)).toEqual(['sync:profile']);
    expect(await sync.get(null)).toEqual({});
  });

  it('rejects an invalid profile before writing anything', async () => {
    const { store, local } = setup();
    await expect(store.write({ version: 2 } as never)).rejects.toThrow();
    expect(await local.get(null)).toEqual({});
  });
});
