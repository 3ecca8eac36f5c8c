import { KEYS } from './keys.ts';
import type { MigrationResult, Snapshot } from './migrations.ts';
import { noticesFrom, type QuarantineEntry } from './quarantine.ts';

/**
 * What to tell the user about the stored layout version before the data is migrated: a value
 * that is not a version at all (the data is then read as the oldest layout, which every
 * migration step tolerates), or data written by a newer JobLens (left untouched). Null when
 * there is nothing to say, or when the same notice is already waiting to be read: a restart
 * must not report it twice.
 */
export function versionNotice(
  before: Snapshot,
  result: MigrationResult,
  now: number,
): QuarantineEntry | null {
  const raw = before[KEYS.schemaVersion];
  let reason: string | null = null;
  if (!result.ok) reason = result.reason;
  else if (raw !== undefined && !(typeof raw === 'number' && Number.isInteger(raw) && raw > 0))
    reason = `not a layout version (a whole number from 1): read as v${result.from} and brought up to v${result.to}`;
  if (reason === null) return null;
  const already = noticesFrom(before as Record<string, unknown>).some(
    (n) => n.originalKey === KEYS.schemaVersion && n.reason === reason,
  );
  return already ? null : { originalKey: KEYS.schemaVersion, reason, value: raw ?? null, at: now };
}
