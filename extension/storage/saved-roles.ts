import type { Match } from '../../src/schema/match.ts';
import type { Posting } from '../../src/schema/posting.ts';
import { NOTE_MAX, type SavedRole, type Stage } from './saved-role.ts';

export interface RoleInput {
  key: string;
  posting: Posting;
  match: Match | null;
  now: number;
}

/** The first reason is the headline: it says why the score is what it is. */
export function matchSummary(match: Match): string {
  return match.reasons[0] ?? `${match.score}% match`;
}

/**
 * The saved entry for a posting. Saving a job that is already saved (another tab, another
 * URL of the same job) refreshes what the posting says but keeps the user's own stage, note
 * and the original save time.
 */
export function roleFromPosting(input: RoleInput, existing: SavedRole | undefined): SavedRole {
  const { key, posting, match, now } = input;
  return {
    key,
    url: posting.url ?? existing?.url ?? '',
    site: posting.site,
    jobId: posting.jobId,
    title: posting.title,
    company: posting.company,
    locations: [...posting.locations],
    salary: [...posting.salary],
    skills: posting.skills.map((s) => ({ name: s.name, importance: s.importance, years: s.years })),
    match: match ? { score: match.score, summary: matchSummary(match) } : (existing?.match ?? null),
    stage: existing?.stage ?? 'saved',
    note: existing?.note ?? '',
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
  };
}

export interface RolePatch {
  stage?: Stage;
  note?: string;
}

export function patchRole(role: SavedRole, patch: RolePatch, now: number): SavedRole {
  return {
    ...role,
    stage: patch.stage ?? role.stage,
    note: patch.note === undefined ? role.note : patch.note.slice(0, NOTE_MAX),
    updatedAt: now,
  };
}

/** Newest activity first: the list the options page shows. */
export function sortRoles(roles: Record<string, SavedRole>): SavedRole[] {
  return Object.values(roles).sort((a, b) => b.updatedAt - a.updatedAt);
}
