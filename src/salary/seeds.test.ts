import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SalaryRange } from '../schema/salary.ts';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** What each seed posting states: base pay, per year, in US dollars. */
const EXPECTED: Record<string, { min: number; max: number; location: string | null }> = {
  '000': { min: 172_500, max: 258_700, location: null },
  '001': { min: 196_378.35, max: 267_272, location: null },
  '002': { min: 159_000, max: 278_000, location: null },
  '003': { min: 155_300, max: 232_900, location: 'Colorado' },
  '004': { min: 124_300, max: 166_800, location: null },
};

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

describe('seed postings', () => {
  it('has all five seeds', () => {
    expect(files.map((f) => f.slice(0, 3)).sort()).toEqual(Object.keys(EXPECTED));
  });

  it.each(files)('%s yields exactly its one salary', (file) => {
    const want = EXPECTED[file.slice(0, 3)];
    const got = extractSalaries(normalizeText(readFileSync(join(SEEDS, file), 'utf8')));
    expect(got).toHaveLength(1);
    const [r] = got;
    expect(SalaryRange.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({
      min: want?.min,
      max: want?.max,
      currency: 'USD',
      currencyAssumed: false,
      period: 'year',
      location: want?.location,
      basis: 'base',
      annual: { min: want?.min, max: want?.max },
      source: 'text',
    });
    // The text is a verbatim piece of the normalized posting.
    const text = normalizeText(readFileSync(join(SEEDS, file), 'utf8'));
    expect(text.includes(r?.text ?? '\u0000')).toBe(true);
  });
});
