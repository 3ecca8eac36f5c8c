import { STAGES } from '../../storage/saved-role.ts';
import { payMid, type RoleRow } from './role-rows.ts';

export type SortKey =
  | 'title'
  | 'company'
  | 'location'
  | 'pay'
  | 'score'
  | 'stage'
  | 'savedAt'
  | 'site';
export type SortDir = 'asc' | 'desc';
export interface SortSpec {
  key: SortKey;
  dir: SortDir;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const STAGE_ORDER = new Map(STAGES.map((s, i) => [s, i]));

type Value = string | number | null;

function sortValue(row: RoleRow, key: SortKey): Value {
  switch (key) {
    case 'title':
      return row.title;
    case 'company':
      return row.company || null;
    case 'location':
      return row.location || null;
    case 'site':
      return row.site || null;
    case 'score':
      return row.score;
    case 'stage':
      return STAGE_ORDER.get(row.entry.stage) ?? 0;
    case 'savedAt':
      return row.entry.savedAt;
    case 'pay':
      return payMid(row.pay);
  }
}

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Rows sorted by one column. Missing values (no pay, no score, no company) go last in both
 * directions; pay compares within a currency (amounts are never converted), currencies in
 * alphabetical order. Ties keep the incoming order (newest activity first).
 */
export function sortRows(rows: readonly RoleRow[], spec: SortSpec): RoleRow[] {
  const sign = spec.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, v: sortValue(row, spec.key) }));
  keyed.sort((x, y) => {
    if (x.v === null || y.v === null) {
      if (x.v === y.v) return x.i - y.i;
      return x.v === null ? 1 : -1;
    }
    if (spec.key === 'pay') {
      const c = collator.compare(x.row.pay?.currency ?? '', y.row.pay?.currency ?? '');
      if (c !== 0) return c;
    }
    return sign * compareValues(x.v, y.v) || x.i - y.i;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: a new column starts in its natural order, the same one flips. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  const startsHigh = key === 'pay' || key === 'score' || key === 'savedAt';
  return { key, dir: startsHigh ? 'desc' : 'asc' };
}
