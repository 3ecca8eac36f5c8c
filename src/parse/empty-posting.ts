import type { Posting } from '../schema/posting.ts';

/** The verdict for input we could not read as a posting, with the reason why. */
export function notAPosting(url: string | null, reason: string): Posting {
  return {
    url,
    isPosting: false,
    confidence: 0,
    reasons: [reason],
    site: null,
    jobId: null,
    title: null,
    company: null,
    locations: [],
    workplace: null,
    employmentType: null,
    salary: [],
    skills: [],
    experienceYears: null,
    language: null,
    sources: {},
  };
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
