import { KEYS } from './keys.ts';
import { quarantineKey } from './quarantine.ts';
import { roleLayoutItems } from './role-layout.ts';
import { SavedRole } from './saved-role.ts';
import { CURRENT_SCHEMA_VERSION } from './schema-version.ts';
import { checkRecord } from './validate.ts';

export { CURRENT_SCHEMA_VERSION };

/**
 * A whole storage.local snapshot. Migrations are pure: snapshot (and the time, for the notices
 * of anything set aside) in, snapshot out.
 */
export type Snapshot = Readonly<Record<string, unknown>>;
export type Migration = (data: Snapshot, now?: number) => Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v1 -> v2. The v1 (prototype) layout stored savedRoles as an array with a `status` field
 * and no key; v2 keys them by jobKey (so one job is one entry) and calls the field `stage`.
 * Entries without a usable key are kept under their index so validation sets them aside
 * visibly rather than this migration dropping them.
 */
export const v1ToV2: Migration = (data) => {
  const out: Record<string, unknown> = { ...data };
  const roles = data[KEYS.savedRoles];
  if (Array.isArray(roles)) {
    const byKey: Record<string, unknown> = {};
    roles.forEach((role, i) => {
      if (!isObject(role)) {
        byKey[`v1-entry-${i}`] = role;
        return;
      }
      const { status, ...rest } = role;
      const key =
        typeof rest.key === 'string' && rest.key
          ? rest.key
          : typeof rest.url === 'string'
            ? rest.url
            : `v1-entry-${i}`;
      const next: Record<string, unknown> = {
        ...rest,
        key,
        stage: rest.stage ?? status ?? 'saved',
        note: rest.note ?? '',
      };
      const prev = byKey[key];
      // Duplicates of one job: keep the most recently updated.
      if (!isObject(prev) || Number(prev.updatedAt ?? 0) <= Number(next.updatedAt ?? 0))
        byKey[key] = next;
    });
    out[KEYS.savedRoles] = byKey;
  }
  out[KEYS.schemaVersion] = 2;
  return out;
};

const withSkillYears = (skill: unknown): unknown =>
  isObject(skill) && !('years' in skill) ? { ...skill, years: null } : skill;

/**
 * v2 -> v3. Saved skills carry the years the posting asked for (so saved roles can be scored
 * again when the profile changes; unknown for roles saved before: null), and the profile
 * carries its save time (profileSavedAt) so the newer of the local and sync copies wins. A
 * profile saved before that has time 0: any synced copy is newer.
 */
export const v2ToV3: Migration = (data) => {
  const out: Record<string, unknown> = { ...data };
  const roles = data[KEYS.savedRoles];
  if (isObject(roles)) {
    const next: Record<string, unknown> = {};
    for (const [key, role] of Object.entries(roles)) {
      next[key] =
        isObject(role) && Array.isArray(role.skills)
          ? { ...role, skills: role.skills.map(withSkillYears) }
          : role;
    }
    out[KEYS.savedRoles] = next;
  }
  if (data[KEYS.profile] !== undefined && data[KEYS.profileSavedAt] === undefined)
    out[KEYS.profileSavedAt] = 0;
  out[KEYS.schemaVersion] = 3;
  return out;
};

/**
 * v3 -> v4. The saved roles leave their one big value (~9 MB with 10,000 roles, read and
 * written whole on every save) for one key per role plus a compact index the options table
 * reads (keys.ts, role-index.ts). Each role is validated on the way: an entry that is not a
 * valid role, or a savedRoles value that is not a record at all, is set aside with the reason
 * (a notice the user sees), never dropped.
 */
export const v3ToV4: Migration = (data, now = 0) => {
  const { [KEYS.savedRoles]: roles, ...rest } = data;
  const out: Record<string, unknown> = { ...rest };
  // Nothing to move (or v4 data read as older because its version key was damaged): an index
  // already there is kept, a missing one is built by the store from the role keys.
  if (roles === undefined) return { ...out, [KEYS.schemaVersion]: 4 };
  const checked = checkRecord(KEYS.savedRoles, roles, SavedRole, (r) => r.key, now);
  checked.setAside.forEach((entry, i) => {
    out[quarantineKey(entry.originalKey, now, i + 1)] = {
      ...entry,
      reason: `${entry.reason} (set aside when saved roles moved to one key per role)`,
    };
  });
  return { ...out, ...roleLayoutItems(Object.values(checked.value)), [KEYS.schemaVersion]: 4 };
};

/**
 * v4 -> v5. The profile is kept in storage.local only, unless the user opts in to sync:
 * the setting is written as off. (The copy earlier versions wrote to storage.sync is brought
 * home and removed by the store right after this step: sync is not part of this snapshot.)
 */
export const v4ToV5: Migration = (data) => {
  const settings = data[KEYS.settings];
  const out: Record<string, unknown> = { ...data, [KEYS.schemaVersion]: 5 };
  if (isObject(settings)) out[KEYS.settings] = { ...settings, profileSync: false };
  return out;
};

/** MIGRATIONS[n] takes version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
};

export type MigrationResult =
  | { ok: true; data: Record<string, unknown>; from: number; to: number }
  | { ok: false; reason: string; from: number };

/**
 * The stored version: absent on a fresh install (nothing to migrate, so current) or on
 * data from before versioning existed (v1, which had savedRoles but no version key).
 */
export function storedVersion(data: Snapshot): number {
  const v = data[KEYS.schemaVersion];
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  return Object.keys(data).length === 0 ? CURRENT_SCHEMA_VERSION : 1;
}

export function migrate(
  data: Snapshot,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
  now = 0,
): MigrationResult {
  const from = storedVersion(data);
  if (from > target) {
    return {
      ok: false,
      reason: `stored data is from a newer JobLens (v${from}, this is v${target})`,
      from,
    };
  }
  let current: Record<string, unknown> = { ...data };
  for (let v = from; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: `no migration from v${v}`, from };
    try {
      current = step(current, now);
    } catch (err) {
      return { ok: false, reason: `migration v${v}->v${v + 1} failed: ${String(err)}`, from };
    }
  }
  current[KEYS.schemaVersion] = target;
  return { ok: true, data: current, from, to: target };
}

/** What to write back: keys whose value changed, and keys the migration removed. */
export function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(before[k]) !== JSON.stringify(v)) set[k] = v;
  }
  const remove = Object.keys(before).filter((k) => !(k in after));
  return { set, remove };
}
