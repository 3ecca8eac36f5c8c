import type { PageFields } from '../page/page-fields.ts';
import type { FieldSource } from '../schema/salary.ts';

type Scalar = 'title' | 'company' | 'workplace' | 'employmentType' | 'jobId';

/** Sources in order of trust: the first one that states a field wins, and is recorded. */
export function pickField<K extends Scalar>(
  sources: PageFields[],
  key: K,
  record: Record<string, FieldSource>,
): NonNullable<PageFields[K]> | null {
  for (const s of sources) {
    const v = s[key];
    if (v !== undefined && v !== null && v !== '') {
      record[key] = s.source;
      return v as NonNullable<PageFields[K]>;
    }
  }
  return null;
}

export function pickLocations(
  sources: PageFields[],
  record: Record<string, FieldSource>,
): string[] {
  for (const s of sources) {
    const locs = (s.locations ?? []).map((l) => l.trim()).filter((l) => l.length > 0);
    if (locs.length > 0) {
      record.locations = s.source;
      return [...new Set(locs)];
    }
  }
  return [];
}
