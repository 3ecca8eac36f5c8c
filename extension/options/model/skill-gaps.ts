import type { Profile } from '../../../src/schema/profile.ts';
import type { RoleRow } from './role-rows.ts';
import { cachedSkillKey } from './skill-keys.ts';

export interface SkillGap {
  /** The skill key the table filter uses. */
  key: string;
  /** Display name (the catalog's canonical name as the postings wrote it). */
  name: string;
  /** Roles asking for it as required, and as preferred (each role counted once). */
  required: number;
  preferred: number;
  total: number;
}

/**
 * The skills the profile lacks that the given roles ask for most (required or preferred),
 * most-asked first; ties: more often required, then by name. Mentions in passing do not count.
 */
export function skillGaps(
  rows: readonly RoleRow[],
  profile: Profile | null,
  limit = 10,
): SkillGap[] {
  const have = new Set((profile?.skills ?? []).map((s) => cachedSkillKey(s.name)));
  const gaps = new Map<string, SkillGap>();
  for (const row of rows) {
    const strongest = new Map<string, { name: string; required: boolean }>();
    const note = (name: string, required: boolean) => {
      const key = cachedSkillKey(name);
      if (key === '' || have.has(key)) return;
      const seen = strongest.get(key);
      strongest.set(key, {
        name: seen?.name ?? name,
        required: (seen?.required ?? false) || required,
      });
    };
    for (const name of row.entry.required) note(name, true);
    for (const name of row.entry.preferred) note(name, false);
    for (const [key, s] of strongest) {
      const gap = gaps.get(key) ?? { key, name: s.name, required: 0, preferred: 0, total: 0 };
      if (s.required) gap.required++;
      else gap.preferred++;
      gap.total++;
      gaps.set(key, gap);
    }
  }
  return [...gaps.values()]
    .sort((a, b) => b.total - a.total || b.required - a.required || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, limit));
}
