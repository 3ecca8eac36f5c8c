import { describe, expect, it } from 'vitest';
import { posting } from '../testing/fixtures.ts';
import { INDEX_PREFIX, indexShardKey, isRoleKey, roleKey, shardOf } from './keys.ts';
import { createMemoryArea, type KeyValueArea } from './memory-area.ts';
import { createStore } from './store.ts';

/** A memory area that counts reads of the index and of roles, and writes of roles. */
function countingArea() {
  const inner = createMemoryArea();
  const counts = { indexReads: 0, roleReads: 0, all: 0, roleWrites: 0, sets: 0 };
  const area: KeyValueArea = {
    ...inner,
    set: async (items) => {
      counts.sets++;
      counts.roleWrites += Object.keys(items).filter(isRoleKey).length;
      return inner.set(items);
    },
    get: async (keys) => {
      if (keys === null || keys === undefined) counts.all++;
      else {
        const list = [keys].flat();
        if (list.some((k) => k.startsWith(INDEX_PREFIX))) counts.indexReads++;
        counts.roleReads += list.filter(isRoleKey).length;
      }
      return inner.get(keys);
    },
  };
  return { area, inner, counts };
}

describe('store: one read of the index per burst, only the roles it needs', () => {
  it('list + notices + writes in one burst read the index once; the next burst reads again', async () => {
    const { area, counts } = countingArea();
    const store = createStore(area);
    await store.init();
    await store.saveRole({ key: 'a', posting: posting(), match: null, now: 1 });
    Object.assign(counts, { indexReads: 0, roleReads: 0, all: 0 });
    const [list, notices] = await Promise.all([
      store.listIndex(),
      store.notices(),
      store.patchRole('a', { stage: 'offer' }),
      store.listIndex(),
    ]);
    expect(list.map((e) => e.key)).toEqual(['a']);
    expect(notices).toEqual([]);
    // The patch read its one role; nothing read everything.
    expect(counts).toMatchObject({ indexReads: 1, roleReads: 1, all: 0 });
    expect((await store.listIndex())[0]?.stage).toBe('offer');
    expect(counts.indexReads).toBe(2);
  });

  it('saving one role among many writes that role and one index shard, nothing else', async () => {
    const { area, counts } = countingArea();
    const store = createStore(area);
    await store.init();
    await store.importRoles(
      Array.from({ length: 200 }, (_, i) => ({
        key: `k${i}`,
        url: `https://jobs.example.com/${i}`,
        site: null,
        jobId: null,
        title: `Role ${i}`,
        company: null,
        locations: [],
        salary: [],
        skills: [],
        match: null,
        stage: 'saved' as const,
        note: '',
        savedAt: i,
        updatedAt: i,
      })),
    );
    const writes: Record<string, unknown>[] = [];
    const spy: KeyValueArea = {
      ...area,
      set: async (items) => {
        writes.push(items);
        await area.set(items);
      },
    };
    const store2 = createStore(spy);
    Object.assign(counts, { roleReads: 0 });
    await store2.saveRole({ key: 'k7', posting: posting(), match: null, now: 999 });
    expect(writes).toHaveLength(1);
    expect(Object.keys(writes[0] ?? {}).sort()).toEqual(
      [roleKey('k7'), indexShardKey(shardOf('k7'))].sort(),
    );
    expect(counts.roleReads).toBe(1);
  });

  it('a change written from outside between bursts is seen, and validated', async () => {
    const { area, inner } = countingArea();
    const store = createStore(area, { now: () => 5 });
    await store.init();
    const role = await store.saveRole({ key: 'a', posting: posting(), match: null, now: 1 });
    await inner.set({ [roleKey('b')]: { ...role, key: 'b', stage: 'dreaming' } });
    expect(await store.reconcileRoles()).toBe(true);
    expect((await store.notices()).map((n) => n.originalKey)).toEqual(['role:b']);
    expect(Object.keys(await store.getSavedRoles())).toEqual(['a']);
    expect((await inner.get(roleKey('b')))[roleKey('b')]).toBeUndefined();
  });

  it('re-scoring every saved role is one read of the roles and one write, whatever the count', async () => {
    const { area, counts } = countingArea();
    const store = createStore(area);
    await store.init();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.saveRole({ key: `k${i}`, posting: posting(), match: null, now: i }),
      ),
    );
    Object.assign(counts, { roleReads: 0, sets: 0 });
    expect(await store.rescoreRoles(() => ({ score: 1, summary: 'one' }))).toBe(50);
    expect(counts).toMatchObject({ roleReads: 50, sets: 1 });
    expect((await store.listIndex()).every((e) => e.score === 1 && e.summary === 'one')).toBe(true);
  });
});
