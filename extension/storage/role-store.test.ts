import { describe, expect, it } from 'vitest';
import { readIndexDirect } from '../options/read-index.ts';
import { posting } from '../testing/fixtures.ts';
import { INDEX_KEYS, indexShardKey, isRoleKey, roleKey, shardOf } from './keys.ts';
import { createMemoryArea } from './memory-area.ts';
import { isQuarantineKey } from './quarantine.ts';
import { createStore } from './store.ts';

async function storeWith(keys: string[]) {
  const area = createMemoryArea();
  const store = createStore(area, { now: () => 7_000 });
  await store.init();
  for (const [i, key] of keys.entries())
    await store.saveRole({ key, posting: posting({ jobId: String(i) }), match: null, now: i + 1 });
  return { area, store };
}

describe('the saved-roles index is validated on every read, never trusted in part', () => {
  it('a corrupted shard is set aside with a notice and rebuilt from the role keys', async () => {
    const { area, store } = await storeWith(['greenhouse:1', 'lever:2', 'ashby:3']);
    const shard = indexShardKey(shardOf('lever:2'));
    await area.set({ [shard]: '[{"key":"lever:2","title":"tampered"}]' });
    // The page refuses it and asks the background instead.
    expect(await readIndexDirect(area)).toBeNull();
    const list = await store.listIndex();
    expect(list.map((e) => e.key).sort()).toEqual(['ashby:3', 'greenhouse:1', 'lever:2']);
    expect(list.find((e) => e.key === 'lever:2')?.title).toBe(posting().title);
    const notices = await store.notices();
    expect(notices.map((n) => n.originalKey)).toEqual([shard]);
    expect(notices[0]?.reason).toMatch(
      /entry 0: not an entry.*rebuilt from your saved roles, nothing was lost/,
    );
    // Rebuilt in storage too: the page reads it directly again.
    expect((await readIndexDirect(area))?.map((e) => e.key).sort()).toEqual(
      list.map((e) => e.key).sort(),
    );
  });

  it('without getKeys (older browsers) a missing shard is rebuilt by reading every key', async () => {
    const { area } = await storeWith(['greenhouse:1', 'lever:2']);
    await area.remove(INDEX_KEYS as string[]);
    const { getKeys: _, ...noKeys } = area;
    const store = createStore(noKeys, { now: () => 8_000 });
    expect((await store.listIndex()).map((e) => e.key).sort()).toEqual(['greenhouse:1', 'lever:2']);
    expect(await store.notices()).toEqual([]);
  });

  it('the page reads nothing from a store another build has not migrated yet', async () => {
    const { area } = await storeWith(['greenhouse:1']);
    await area.set({ schemaVersion: 3 });
    expect(await readIndexDirect(area)).toBeNull();
  });

  it('the page reads the entries, newest activity first', async () => {
    const { area } = await storeWith(['a:1', 'b:2', 'c:3']);
    expect((await readIndexDirect(area))?.map((e) => e.key)).toEqual(['c:3', 'b:2', 'a:1']);
  });
});

describe('roles and index stay in step', () => {
  it('an entry whose role was removed from outside is dropped when the role is asked for', async () => {
    const { area, store } = await storeWith(['greenhouse:1', 'lever:2']);
    await area.remove(roleKey('lever:2'));
    expect(await store.getRoles(['lever:2', 'greenhouse:1'])).toHaveLength(1);
    expect((await store.listIndex()).map((e) => e.key)).toEqual(['greenhouse:1']);
  });

  it('a role corrupted in place is set aside when loaded, and leaves the list', async () => {
    const { area, store } = await storeWith(['greenhouse:1', 'lever:2']);
    const role = (await area.get(roleKey('lever:2')))[roleKey('lever:2')] as object;
    await area.set({ [roleKey('lever:2')]: { ...role, savedAt: -1 } });
    expect(await store.getRole('lever:2')).toBeNull();
    expect((await store.listIndex()).map((e) => e.key)).toEqual(['greenhouse:1']);
    const kept = Object.keys(await area.get(null)).filter(isQuarantineKey);
    expect(kept).toHaveLength(1);
    expect((await store.notices())[0]?.originalKey).toBe(roleKey('lever:2'));
  });

  it('reconcile lists a valid role written from outside and drops entries without a role', async () => {
    const { area, store } = await storeWith(['greenhouse:1', 'lever:2']);
    const role = (await area.get(roleKey('lever:2')))[roleKey('lever:2')] as object;
    await area.set({ [roleKey('ashby:9')]: { ...role, key: 'ashby:9' } });
    await area.remove(roleKey('greenhouse:1'));
    expect(await store.reconcileRoles()).toBe(true);
    expect((await store.listIndex()).map((e) => e.key).sort()).toEqual(['ashby:9', 'lever:2']);
    expect(await store.reconcileRoles()).toBe(false);
  });

  it('remove: the index first, then the role; undo puts both back', async () => {
    const { area, store } = await storeWith(['greenhouse:1']);
    const [role] = await store.getRoles(['greenhouse:1']);
    expect((await store.removeRole('greenhouse:1')).removed).toBe(true);
    expect(Object.keys(await area.get(null)).filter(isRoleKey)).toEqual([]);
    expect(await store.listIndex()).toEqual([]);
    if (role) await store.restoreRole(role);
    expect((await store.listIndex()).map((e) => e.key)).toEqual(['greenhouse:1']);
  });
});
