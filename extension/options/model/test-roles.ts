import { indexEntryOf } from '../../storage/role-index.ts';
import type { SavedRole } from '../../storage/saved-role.ts';
import { salary } from '../../testing/fixtures.ts';
import { type RoleRow, toRows } from './role-rows.ts';

/** A saved role for tests: small, hand-written, overridable. */
export function savedRole(over: Partial<SavedRole> = {}): SavedRole {
  const key = over.key ?? 'greenhouse:1';
  return {
    key,
    url: `https://boards.greenhouse.io/acme/jobs/${key.replace(/\W/g, '')}`,
    site: 'greenhouse',
    jobId: '1',
    title: 'Backend Engineer',
    company: 'Acme',
    locations: ['Denver, CO'],
    salary: [salary()],
    skills: [
      { name: 'Go', importance: 'required', years: 3 },
      { name: 'Kafka', importance: 'preferred', years: null },
    ],
    match: { score: 70, summary: 'Has 1 of 1 required skills' },
    stage: 'saved',
    note: '',
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

/** Table rows for saved roles, through their index entries as the page builds them. */
export function rowsOf(roles: readonly SavedRole[], profileLocation: string | null): RoleRow[] {
  return toRows(roles.map(indexEntryOf), profileLocation);
}
