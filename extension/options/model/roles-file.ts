import { SavedRole } from '../../storage/saved-role.ts';
import { ROLES_EXPORT_VERSION, ROLES_FORMAT } from './roles-export.ts';
import { roleFromV1 } from './roles-file-v1.ts';

/** Checked before the file is read: 10,000 roles export to well under this. */
export const ROLES_FILE_MAX_BYTES = 40 * 1024 * 1024;

export interface InvalidEntry {
  /** Position in the file's roles list (0-based). */
  index: number;
  title: string | null;
  reason: string;
}

export type RolesFileResult =
  | { ok: false; error: string }
  | { ok: true; version: number; roles: SavedRole[]; invalid: InvalidEntry[] };

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Refuse an oversized file from its size alone, before reading or parsing anything. */
export function checkRolesFileSize(size: number): string | null {
  if (size <= ROLES_FILE_MAX_BYTES) return null;
  return `This file is ${MB(size)}; JobLens imports role lists up to ${MB(ROLES_FILE_MAX_BYTES)}. Nothing was changed.`;
}

function issueText(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 2)
    .map((i) => `${i.path.map(String).join('.') || 'role'}: ${i.message}`)
    .join('; ');
}

const titleOf = (entry: unknown): string | null => {
  const t = (entry as { title?: unknown } | null)?.title;
  return typeof t === 'string' ? t : null;
};

/**
 * Read a roles export (this version or an older one). The file as a whole must be a JobLens
 * export; then each role is validated on its own, so one bad entry is reported, not fatal.
 */
export function parseRolesFile(text: string, size = text.length): RolesFileResult {
  const tooBig = checkRolesFileSize(size);
  if (tooBig) return { ok: false, error: tooBig };
  if (text.trim() === '') return { ok: false, error: 'This file is empty. Nothing was changed.' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : 'parse error';
    return { ok: false, error: `This file is not valid JSON (${why}). Nothing was changed.` };
  }
  const file = data as { format?: unknown; version?: unknown; roles?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== ROLES_FORMAT) {
    return {
      ok: false,
      error: `This is not a JobLens roles export (expected "format": "${ROLES_FORMAT}"). Nothing was changed.`,
    };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The export has no valid "version". Nothing was changed.' };
  }
  if (version > ROLES_EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export is from a newer JobLens (version ${version}; this one reads up to ${ROLES_EXPORT_VERSION}). Nothing was changed.`,
    };
  }
  if (!Array.isArray(file.roles)) {
    return { ok: false, error: 'The export has no "roles" list. Nothing was changed.' };
  }
  const roles: SavedRole[] = [];
  const invalid: InvalidEntry[] = [];
  file.roles.forEach((entry: unknown, index) => {
    const current = version === 1 ? roleFromV1(entry) : entry;
    const parsed = SavedRole.safeParse(current);
    if (parsed.success) roles.push(parsed.data);
    else invalid.push({ index, title: titleOf(entry), reason: issueText(parsed.error.issues) });
  });
  return { ok: true, version, roles, invalid };
}
