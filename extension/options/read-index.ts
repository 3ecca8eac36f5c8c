import { INDEX_KEYS, KEYS } from '../storage/keys.ts';
import type { KeyValueArea } from '../storage/memory-area.ts';
import { byActivity, type IndexEntry, parseShard } from '../storage/role-index.ts';
import { CURRENT_SCHEMA_VERSION } from '../storage/schema-version.ts';

/** Pages only read: the background is the one writer (and the one that repairs). */
export type ReadOnlyArea = Pick<KeyValueArea, 'get'>;

/**
 * The saved-roles index straight from storage.local, validated here: one read of ~5 MB of
 * strings with 10,000 roles instead of a message round trip through the background. Null when
 * it cannot be trusted as it is (another layout version, not migrated yet; a shard missing or
 * failing its check): the caller then asks the background, which waits for the migration,
 * sets a bad shard aside and rebuilds it from the roles.
 */
export async function readIndexDirect(area: ReadOnlyArea): Promise<IndexEntry[] | null> {
  const raw = await area.get([KEYS.schemaVersion, ...INDEX_KEYS]);
  if (raw[KEYS.schemaVersion] !== CURRENT_SCHEMA_VERSION) return null;
  const out: IndexEntry[] = [];
  for (const [n, key] of INDEX_KEYS.entries()) {
    const shard = parseShard(raw[key], n);
    if (!Array.isArray(shard)) return null;
    for (const e of shard) out.push(e);
  }
  return out.sort(byActivity);
}
