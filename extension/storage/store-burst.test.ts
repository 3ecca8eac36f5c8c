import { describe, expect, it } from 'vitest';
import { posting } from '../testing/fixtures.ts';
import { createMemoryArea, type KeyValueArea } from './memory-area.ts';
import { createStore } from './store.ts';

/** A memory area that counts reads of the saved list and of everything. */
function countingArea() {
  const inner = createMemoryArea();
  const reads = { roles: 0, all: 0, writes: 0 };
  const area: KeyValueArea = {
    ...inner,
    set: async (items) => {
      if ('savedRoles' in items) reads.writes++;
      return inner.set(items);
    },
    get: async (keys) => {
      if (keys === null || keys === undefined) reads.all++;
      else if ([keys].flat().includes('savedRoles')) reads.roles++;
      return inner.get(keys);
    },
  };
  return { area, inner, reads };
}

describe('store: one read of the saved list per burst', () => {
  it('list + notices + writes in one burst read storage once; the next burst reads again', async () => {
    const { area, reads } = countingArea();
    const store = createStore(area);
    await store.saveRole({ key: 'a', posting: posting(), match: null, now: 1 });
    reads.roles = 0;
    const [roles, notices] = await Promise.all([
      store.getSavedRoles(),
      store.notices(),
      store.patchRole('a', { stage: 'offer' }),
      store.getSavedRoles(),
    ]);
    expect(Object.keys(roles)).toEqual(['a']);
    expect(notices).toEqual([]);
    expect(reads).toMatchObject({ roles: 1, all: 0 });
    expect((await store.getSavedRoles()).a?.stage).toBe('offer');
    expect(reads.roles).toBe(2);
  });

  it('a change written from outside between bursts is seen, and validated', async () => {
    const { area, inner } = countingArea();
    const store = createStore(area);
    const role = await store.saveRole({ key: 'a', posting: posting(), match: null, now: 1 });
    await inner.set({ savedRoles: { a: role, b: { ...role, key: 'b', stage: 'dreaming' } } });
    expect(Object.keys(await store.getSavedRoles())).toEqual(['a']);
    expect((await store.notices()).map((n) => n.originalKey)).toEqual(['savedRoles/b']);
  });

  it('re-scoring every saved role is one read and one write, whatever the count', async () => {
    const { area, reads } = countingArea();
    const store = createStore(area);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.saveRole({ key: `k${i}`, posting: posting(), match: null, now: i }),
      ),
    );
    Object.assign(reads, { roles: 0, writes: 0 });
    expect(await store.rescoreRoles(() => ({ score: 1, summary: 'one' }))).toBe(50);
    expect(reads).toMatchObject({ roles: 1, writes: 1 });
  });
});
