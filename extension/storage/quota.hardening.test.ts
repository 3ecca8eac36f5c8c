import { describe, expect, it } from 'vitest';
import { posting, profile } from '../testing/fixtures.ts';
import { createMemoryArea, type KeyValueArea } from './memory-area.ts';
import { STORAGE_FULL } from './quota.ts';
import { createStore } from './store.ts';

/** An area with Chrome's behaviour at its quota: a set that would not fit fails whole. */
function fullArea(quotaBytes: number) {
  const inner = createMemoryArea();
  const bytes = (all: Record<string, unknown>) =>
    Object.entries(all).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  const area: KeyValueArea & { quota: number } = {
    quota: quotaBytes,
    get: (k) => inner.get(k),
    remove: (k) => inner.remove(k),
    async set(items) {
      if (bytes({ ...(await inner.get(null)), ...items }) > area.quota)
        throw new Error('Resource::kQuotaBytes quota exceeded');
      await inner.set(items);
    },
  };
  return area;
}

describe('storage full', () => {
  it('a save that does not fit: a clear message, no partial write, and it recovers', async () => {
    const area = fullArea(1_000_000);
    let t = 1_000;
    const store = createStore(area, { now: () => ++t });
    await store.init();
    await store.setProfile(profile());
    await store.saveRole({ key: 'greenhouse:1', posting: posting(), match: null, now: ++t });
    const before = await area.get(null);
    area.quota = Object.entries(before).reduce(
      (n, [k, v]) => n + k.length + JSON.stringify(v).length,
      0,
    );

    const save = store.saveRole({
      key: 'greenhouse:2',
      posting: posting({ jobId: '2' }),
      match: null,
      now: ++t,
    });
    await expect(save).rejects.toThrow(STORAGE_FULL);
    await expect(store.patchRole('greenhouse:1', { note: 'x'.repeat(4000) })).rejects.toThrow(
      STORAGE_FULL,
    );
    await expect(
      store.setProfile({ ...profile(), location: 'Denver, Colorado, United States of America' }),
    ).rejects.toThrow(STORAGE_FULL);
    expect(await area.get(null)).toEqual(before);

    // Reads still work, and once there is room again (a role deleted) saving works.
    expect(Object.keys(await store.getSavedRoles())).toEqual(['greenhouse:1']);
    area.quota = 1_000_000;
    await store.saveRole({ key: 'greenhouse:2', posting: posting(), match: null, now: ++t });
    expect(Object.keys(await store.getSavedRoles()).sort()).toEqual([
      'greenhouse:1',
      'greenhouse:2',
    ]);
  });

  it('other storage errors pass through unchanged', async () => {
    const broken: KeyValueArea = {
      ...createMemoryArea(),
      set: async () => {
        throw new Error('IO error: disk on fire');
      },
    };
    const store = createStore(broken, { now: () => 1 });
    await expect(
      store.saveRole({ key: 'k:1', posting: posting(), match: null, now: 1 }),
    ).rejects.toThrow('disk on fire');
  });
});
