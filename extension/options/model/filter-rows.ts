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
  const has = (name: string) => cachedSkillKey(name) === skill;
  return row.entry.required.some(has) || row.entry.preferred.some(has);
}

export function filterRows(
  rows: readonly RoleRow[],
  filter: RoleFilter,
  index: ReadonlyMap<string, string> | (() => ReadonlyMap<string, string>),
): RoleRow[] {
  const terms = queryTerms(filter.query);
  // Without search words the index is not needed: not even built.
  const texts = terms.length === 0 ? null : typeof index === 'function' ? index() : index;
  const { stage, site, skill } = filter;
  return rows.filter(
    (row) =>
      (stage === 'all' || row.entry.stage === stage) &&
      (site === 'all' || row.site === site) &&
      (skill === null || needsSkill(row, skill)) &&
      (texts === null || matchesTerms(texts.get(row.key), terms)),
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

/** What the filter asks for, in words: "“zzz”, stage Applied, site lever". */
export function describeFilter(filter: RoleFilter, skillName: string | null): string {
  const parts: string[] = [];
  if (filter.query.trim()) parts.push(`“${filter.query.trim()}”`);
  if (filter.stage !== 'all') parts.push(`stage ${filter.stage}`);
  if (filter.site !== 'all') parts.push(`site ${filter.site}`);
  if (filter.skill !== null) parts.push(`needing ${skillName ?? filter.skill}`);
  return parts.join(', ');
}
