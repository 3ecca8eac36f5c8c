import type { SavedRole } from '../../storage/saved-role.ts';
import { toCsv } from './csv.ts';
import { annualPay } from './role-rows.ts';

export const ROLES_FORMAT = 'joblens-roles';
/** v1: the prototype's shape (see roles-file-v1.ts); v2: SavedRole as stored. */
export const ROLES_EXPORT_VERSION = 2;

const isoDate = (ms: number) => new Date(ms).toISOString();

/**
 * The JSON export: every saved role exactly as stored, so importing it gives the same list.
 * One role per line keeps a large list compact and still readable.
 */
export function rolesJson(roles: readonly SavedRole[], now: number): string {
  const head = `{"format":${JSON.stringify(ROLES_FORMAT)},"version":${ROLES_EXPORT_VERSION},"exportedAt":${JSON.stringify(isoDate(now))},"roles":[`;
  const body = roles.map((r) => JSON.stringify(r)).join(',\n');
  return `${head}\n${body}${roles.length ? '\n' : ''}]}\n`;
}

export const CSV_HEADER = [
  'Title',
  'Company',
  'Locations',
  'Site',
  'URL',
  'Stage',
  'Match',
  'Currency',
  'Annual min',
  'Annual max',
  'Pay as written',
  'Required skills',
  'Other skills',
  'Note',
  'Saved',
  'Updated',
  'Key',
] as const;

/** The CSV export, for spreadsheets: one row per role, pay per year in the user's tier. */
export function rolesCsv(roles: readonly SavedRole[], profileLocation: string | null): string {
  const rows = roles.map((r) => {
    const pay = annualPay(r, profileLocation);
    const skills = (required: boolean) =>
      r.skills
        .filter((s) => (s.importance === 'required') === required)
        .map((s) => s.name)
        .join('; ');
    return [
      r.title,
      r.company,
      r.locations.join('; '),
      r.site,
      r.url,
      r.stage,
      r.match?.score ?? null,
      pay?.currency ?? null,
      pay?.min ?? null,
      pay?.max ?? null,
      r.salary.map((s) => s.text).join(' | '),
      skills(true),
      skills(false),
      r.note,
      isoDate(r.savedAt),
      isoDate(r.updatedAt),
      r.key,
    ];
  });
  return toCsv(CSV_HEADER, rows);
}

/** "joblens-roles-2025-06-01.json" */
export function exportFileName(ext: 'json' | 'csv', now: number): string {
  return `joblens-roles-${isoDate(now).slice(0, 10)}.${ext}`;
}
