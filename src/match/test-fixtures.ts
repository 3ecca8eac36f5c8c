import { annualize } from '../salary/annualize.ts';
import type { Posting } from '../schema/posting.ts';
import type { Profile } from '../schema/profile.ts';
import type { PayPeriod, SalaryRange } from '../schema/salary.ts';
import type { SkillImportance, SkillMention } from '../schema/skill.ts';

/** Builders for tests: small, valid schema objects with only what a test cares about. */
export function skill(
  name: string,
  importance: SkillImportance,
  years: number | null = null,
): SkillMention {
  return { name, category: 'language', importance, years, evidence: `${name} line` };
}

export function pay(
  min: number | null,
  max: number | null,
  currency = 'USD',
  period: PayPeriod = 'year',
  location: string | null = null,
  basis: SalaryRange['basis'] = 'base',
): SalaryRange {
  return {
    min,
    max,
    currency,
    currencyAssumed: false,
    period,
    location,
    basis,
    annual: annualize(min, max, period),
    text: `${min}-${max} ${currency}`,
    source: 'text',
  };
}

export function posting(skills: SkillMention[] = [], salary: SalaryRange[] = []): Posting {
  return {
    url: null,
    isPosting: true,
    confidence: 0.9,
    reasons: [],
    site: null,
    jobId: null,
    title: 'Engineer',
    company: 'Acme',
    locations: [],
    workplace: null,
    employmentType: null,
    salary,
    skills,
    experienceYears: null,
    language: null,
    sources: {},
  };
}

export function profile(
  skills: Array<string | [string, number]> = [],
  extra: Partial<Omit<Profile, 'version' | 'skills'>> = {},
): Profile {
  return {
    version: 1,
    skills: skills.map((s) => (typeof s === 'string' ? { name: s } : { name: s[0], years: s[1] })),
    ...extra,
  };
}

export const TARGET_180K = { min: 180_000, currency: 'USD', period: 'year' } as const;
