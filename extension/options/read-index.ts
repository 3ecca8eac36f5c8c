import { INDEX_KEYS, KEYS } from '../storage/keys.ts';
import type { KeyValueArea } from '../storage/memory-area.ts';
import { byActivity, type IndexEntry, parseShard } from '../storage/role-index.ts';
import { CURRENT_SCHEMA_VERSION } from '../storage/schema-version.ts';

/** Pages only read: the background is the one writer (and the one that repairs). */
export type ReadOnlyArea = Pick<KeyValueArea, 'get'>;

/**
 * The saved-roles index straight from storage.local, validated here: ~3 MB of strings with
 * 10,000 roles, instead of a message round trip through the background. Null when it cannot
 * be trusted as it is (another layout version, not migrated yet; a shard missing or failing
 * its check): the caller then asks the background, which waits for the migration, sets a bad
 * shard aside and rebuilds it from the roles.
 *
 * One read per shard, not one for all: each shard is parsed while the browser still reads the
 * next (half the time of one read followed by one parse, measured with 10,000 roles). Roles
 * never move between shards, so shards read a moment apart still agree with each other.
 */
export async function readIndexDirect(area: ReadOnlyArea): Promise<IndexEntry[] | null> {
  const [version, ...shards] = await Promise.all([
    area.get([KEYS.schemaVersion]),
    ...INDEX_KEYS.map((key, n) => area.get([key]).then((raw) => parseShard(raw[key], n))),
  ]);
  if (version?.[KEYS.schemaVersion] !== CURRENT_SCHEMA_VERSION) return null;
  const out: IndexEntry[] = [];
  for (const shard of shards) {
    if (!Array.isArray(shard)) return null;
    for (const e of shard) out.push(e);
  }
  return out.sort(byActivity);
}
