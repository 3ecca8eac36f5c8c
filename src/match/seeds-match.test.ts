import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Profile } from '../schema/profile.ts';
import { scoreMatch } from './score.ts';
import { pay, posting, skill } from './test-fixtures.ts';

// The seeds' expected parses (ours) turned into Postings, scored against the sample profile:
// the scorer is checked on real-shaped input without waiting on the parser.
const SEEDS = join(import.meta.dirname, '../../seeds');
const profile = Profile.parse(JSON.parse(readFileSync(join(SEEDS, 'sample-profile.json'), 'utf8')));

interface Expected {
  salary: Array<{
    min: number | null;
    max: number | null;
    currency: string;
    period: 'year';
    location: string | null;
  }>;
  skills: { required: string[]; preferred: string[] };
}

function seedPosting(id: string) {
  const expected: Expected = JSON.parse(readFileSync(join(SEEDS, `${id}.expected.json`), 'utf8'));
  return posting(
    [
      ...expected.skills.required.map((n) => skill(n, 'required')),
      ...expected.skills.preferred.map((n) => skill(n, 'preferred')),
    ],
    expected.salary.map((s) => pay(s.min, s.max, s.currency, s.period, s.location)),
  );
}

describe('seeds scored against the sample profile', () => {
  it.each([
    [
      '000_a8fc36e1fe06a100',
      70,
      [
        'Has 2 of 3 required skills (missing C++)',
        'Pay 172,500–258,700 USD/year meets your 180,000 target',
      ],
    ],
    [
      '001_408dd55b7b26d50d',
      90,
      [
        'Has 9 of 10 required skills (missing Scala)',
        'Pay 196,378.35–267,272 USD/year meets your 180,000 target',
      ],
    ],
    [
      '003_2bcbe9465b92725b',
      100,
      [
        'Pay 155,300–232,900 USD/year (Colorado) meets your 180,000 target',
        'Score from pay alone: the posting lists no skills',
      ],
    ],
  ])('%s', (id, score, reasons) => {
    const match = scoreMatch(profile, seedPosting(id));
    expect(match.score).toBe(score);
    expect(match.reasons).toEqual(reasons);
  });
});
