import type { Stage } from '../../storage/saved-role.ts';
import type { RoleRow } from './role-rows.ts';
import { matchesTerms, queryTerms } from './search-index.ts';
import { cachedSkillKey } from './skill-keys.ts';

export interface RoleFilter {
  stage: Stage | 'all';
  site: string | 'all';
  query: string;
  /** A skill key (see cachedSkillKey): only roles that ask for it (required or preferred). */
  skill: string | null;
}

export const NO_FILTER: RoleFilter = { stage: 'all', site: 'all', query: '', skill: null };

/** Does the role ask for this skill (required or preferred), as the gap chart counts it? */
export function needsSkill(row: RoleRow, skill: string): boolean {
  return row.role.skills.some(
    (s) => s.importance !== 'mentioned' && cachedSkillKey(s.name) === skill,
  );
}

export function filterRows(
  rows: readonly RoleRow[],
  filter: RoleFilter,
  index: ReadonlyMap<string, string>,
): RoleRow[] {
  const terms = queryTerms(filter.query);
  const { stage, site, skill } = filter;
  return rows.filter(
    (row) =>
      (stage === 'all' || row.role.stage === stage) &&
      (site === 'all' || row.site === site) &&
      (skill === null || needsSkill(row, skill)) &&
      matchesTerms(index.get(row.key), terms),
  );
}

/** The sites present in the list, for the site filter. */
export function sitesOf(rows: readonly RoleRow[]): string[] {
  return [...new Set(rows.map((r) => r.site).filter((s) => s !== ''))].sort();
}

export function isFiltered(filter: RoleFilter): boolean {
  return (
    filter.stage !== 'all' ||
    filter.site !== 'all' ||
    filter.skill !== null ||
    queryTerms(filter.query).length > 0
  );
}
