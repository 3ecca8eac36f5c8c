import type { Posting } from '../../src/schema/posting.ts';
import type { SavedRole } from './saved-role.ts';

/**
 * A saved role as a posting again, with what scoring reads (skills with importance and
 * years, pay ranges): saved roles are scored with the same scoreMatch as live tabs.
 */
export function postingFromRole(role: SavedRole): Posting {
  return {
    url: role.url || null,
    isPosting: true,
    confidence: 1,
    reasons: [],
    site: role.site,
    jobId: role.jobId,
    title: role.title,
    company: role.company,
    locations: role.locations,
    workplace: null,
    employmentType: null,
    salary: role.salary,
    skills: role.skills.map((s) => ({
      name: s.name,
      category: '',
      importance: s.importance,
      years: s.years ?? null,
      evidence: '',
    })),
    experienceYears: null,
    language: null,
    sources: {},
  };
}
