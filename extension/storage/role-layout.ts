import { INDEX_SHARDS, indexShardKey, roleKey, shardOf } from './keys.ts';
import { encodeShard, type IndexEntry, indexEntryOf } from './role-index.ts';
import type { SavedRole } from './saved-role.ts';

/** The index shards for a set of entries: every shard, empty ones too. */
export function shardItems(entries: Iterable<IndexEntry>): Record<string, string> {
  const shards: IndexEntry[][] = Array.from({ length: INDEX_SHARDS }, () => []);
  for (const e of entries) shards[shardOf(e.key)]?.push(e);
  return Object.fromEntries(shards.map((list, i) => [indexShardKey(i), encodeShard(list)]));
}

/**
 * The v4 storage items for a list of valid roles: one key per role plus the whole index. The
 * v3 -> v4 migration writes this, and so does the benchmark's seed.
 */
export function roleLayoutItems(roles: Iterable<SavedRole>): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const entries: IndexEntry[] = [];
  for (const role of roles) {
    items[roleKey(role.key)] = role;
    entries.push(indexEntryOf(role));
  }
  return { ...items, ...shardItems(entries) };
}
