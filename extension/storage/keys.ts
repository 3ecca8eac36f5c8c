/**
 * Every storage.local key JobLens writes. Nothing else lives there. storage.sync holds only
 * profile and profileSavedAt.
 */
export const KEYS = {
  schemaVersion: 'schemaVersion',
  profile: 'profile',
  /** When the profile was last saved (ms): the newer of the local and sync copies wins. */
  profileSavedAt: 'profileSavedAt',
  /** v1-v3 only: every saved role in one value. v4 keeps one key per role (roleKey). */
  savedRoles: 'savedRoles',
  settings: 'settings',
} as const;

/** Values that failed validation are copied under this prefix with the reason, never dropped. */
export const QUARANTINE_PREFIX = 'quarantine:';

/** v4: one saved role per key, "role:<job key>", so saving one role writes one role. */
export const ROLE_PREFIX = 'role:';
export const roleKey = (jobKey: string): string => `${ROLE_PREFIX}${jobKey}`;
export const isRoleKey = (key: string): boolean => key.startsWith(ROLE_PREFIX);
export const jobKeyOf = (storageKey: string): string => storageKey.slice(ROLE_PREFIX.length);

/**
 * v4: what the saved-roles table shows, in INDEX_SHARDS keys ("rolesIndex:0".."rolesIndex:31"),
 * each a JSON string of index entries (role-index.ts). A role's entry lives in shard
 * shardOf(job key), so a save rewrites one role and one shard, not the whole list.
 */
export const INDEX_PREFIX = 'rolesIndex:';
export const INDEX_SHARDS = 32;
export const indexShardKey = (shard: number): string => `${INDEX_PREFIX}${shard}`;
export const INDEX_KEYS: readonly string[] = Array.from({ length: INDEX_SHARDS }, (_, i) =>
  indexShardKey(i),
);

/** FNV-1a over the job key: stable across builds and browsers (the shard is part of the layout). */
export function shardOf(jobKey: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < jobKey.length; i++) {
    h ^= jobKey.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % INDEX_SHARDS;
}

/** storage.session (or the in-memory fallback): one entry per tab. */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
