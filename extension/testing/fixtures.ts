import type { Match } from '../../src/schema/match.ts';
import type { Posting } from '../../src/schema/posting.ts';
import type { Profile } from '../../src/schema/profile.ts';
import type { SalaryRange } from '../../src/schema/salary.ts';

/** Small hand-written values for unit tests (never corpus text). */
export function salary(over: Partial<SalaryRange> = {}): SalaryRange {
  return {
    min: 120000,
    max: 150000,
    currency: 'USD',
    currencyAssumed: false,
    period: 'year',
    location: null,
    basis: 'base',
    annual: { min: 120000, max: 150000 },
    text: '$120,000 - $150,000',
    source: 'text',
    ...over,
  };
}

export function posting(over: Partial<Posting> = {}): Posting {
  return {
    url: 'https://boards.greenhouse.io/acme/jobs/101',
    isPosting: true,
    confidence: 0.9,
    reasons: ['test'],
    site: 'greenhouse',
    jobId: '101',
    title: 'Backend Engineer',
    company: 'Acme',
    locations: ['Denver, CO'],
    workplace: null,
    employmentType: null,
    salary: [salary()],
    skills: [
      { name: 'Go', category: 'language', importance: 'required', years: null, evidence: 'Go' },
      { name: 'Kafka', category: 'data', importance: 'preferred', years: null, evidence: 'Kafka' },
    ],
    experienceYears: null,
    language: null,
    sources: {},
    ...over,
  };
}

export function match(over: Partial<Match> = {}): Match {
  return {
    score: 72,
    skills: [
      { name: 'Go', importance: 'required', state: 'matched', yearsRequired: null, yearsHave: 3 },
      {
        name: 'Kafka',
        importance: 'preferred',
        state: 'missing',
        yearsRequired: null,
        yearsHave: null,
      },
    ],
    salaryFit: { status: 'meets', detail: 'within target' },
    reasons: ['Has 1 of 1 required skills', 'Missing preferred: Kafka'],
    ...over,
  };
}

export function profile(over: Partial<Profile> = {}): Profile {
  return { version: 1, skills: [{ name: 'Go', years: 3 }], location: 'Denver, CO', ...over };
}
