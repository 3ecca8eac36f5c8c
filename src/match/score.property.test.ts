import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualize } from '../salary/annualize.ts';
import { Match } from '../schema/match.ts';
import { Posting } from '../schema/posting.ts';
import { Profile } from '../schema/profile.ts';
import { PayPeriod, SalaryBasis } from '../schema/salary.ts';
import { SkillImportance } from '../schema/skill.ts';
import { scoreMatch } from './score.ts';

// Arbitraries mirroring src/schema: small pools of names and currencies so matches, aliases and
// same-currency comparisons actually happen, plus free strings for the odd cases.
const skillName = fc.oneof(
  fc.constantFrom(
    'Go',
    'golang',
    'Rust',
    'node',
    'Node.js',
    'k8s',
    'Kubernetes',
    'SQL',
    'C',
    'C++',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
);
const currency = fc.constantFrom('USD', 'EUR', 'GBP', 'CAD');
const period = fc.constantFrom(...PayPeriod.options);
const place = fc.oneof(
  fc.constantFrom(
    'Colorado',
    'Denver, CO',
    'CA, NY, WA',
    'New York City',
    'All other locations',
    'Remote',
  ),
  fc.string({ maxLength: 20 }),
);
const amount = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e7, noNaN: true }));

const salaryRange = fc
  .record({
    a: amount,
    b: amount,
    currency,
    period,
    location: fc.option(place, { nil: null }),
    basis: fc.constantFrom(...SalaryBasis.options),
  })
  .filter(({ a, b }) => a !== null || b !== null)
  .map(({ a, b, currency, period, location, basis }) => {
    const [min, max] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      min,
      max,
      currency,
      currencyAssumed: false,
      period,
      location,
      basis,
      annual: annualize(min, max, period),
      text: 'pay',
      source: 'text' as const,
    };
  });

const mention = fc.record({
  name: skillName,
  category: fc.constantFrom('language', 'tool', 'method'),
  importance: fc.constantFrom(...SkillImportance.options),
  years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  evidence: fc.string({ maxLength: 20 }),
});

const posting = fc.record({
  url: fc.constant(null),
  isPosting: fc.boolean(),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  reasons: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
  site: fc.constant(null),
  jobId: fc.constant(null),
  title: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  company: fc.constant(null),
  locations: fc.array(place, { maxLength: 2 }),
  workplace: fc.constant(null),
  employmentType: fc.constant(null),
  salary: fc.array(salaryRange, { maxLength: 4 }),
  skills: fc.array(mention, { maxLength: 12 }),
  experienceYears: fc.constant(null),
  language: fc.constant(null),
  sources: fc.constant({}),
});

const profile = fc.record(
  {
    version: fc.constant(1 as const),
    skills: fc.array(
      fc.record(
        {
          name: skillName,
          years: fc.option(fc.double({ min: 0, max: 80, noNaN: true }), { nil: null }),
        },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 10 },
    ),
    location: fc.option(place, { nil: null }),
    targetSalary: fc.option(
      fc.record({
        min: fc.double({ min: 0, max: 1e7, noNaN: true }),
        currency,
        period,
      }),
      { nil: null },
    ),
  },
  { requiredKeys: ['version', 'skills'] },
);

describe('scoreMatch property', () => {
  it('always returns an integer score 0..100 and a valid Match', () => {
    fc.assert(
      fc.property(profile, posting, (p, q) => {
        fc.pre(Profile.safeParse(p).success && Posting.safeParse(q).success);
        const match = scoreMatch(p, q);
        expect(Number.isInteger(match.score)).toBe(true);
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(100);
        expect(Match.safeParse(match).success).toBe(true);
        expect(match.reasons.length).toBeGreaterThan(0);
        expect(match.reasons[0]).not.toMatch(/^Cannot score/);
      }),
      { numRuns: 400 },
    );
  });

  it('never scores lower for knowing more of the posting skills', () => {
    fc.assert(
      fc.property(profile, posting, skillName, (p, q, extra) => {
        fc.pre(Profile.safeParse(p).success && Posting.safeParse(q).success);
        const more = { ...p, skills: [...p.skills, { name: extra }] };
        fc.pre(Profile.safeParse(more).success);
        expect(scoreMatch(more, q).score).toBeGreaterThanOrEqual(scoreMatch(p, q).score);
      }),
      { numRuns: 300 },
    );
  });
});
