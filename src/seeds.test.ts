import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedomEnv } from './dom/linkedom-env.ts';
import { parseInput } from './parse/parse-input.ts';
import { Posting } from './schema/posting.ts';

// Golden files: seeds/<name>.txt is a real posting kept byte for byte, and
// seeds/<name>.expected.json is what it must yield, written by hand from the text.
const SEEDS = new URL('../seeds/', import.meta.url).pathname;

interface Expected {
  isPosting: boolean;
  title?: string;
  company?: string;
  salary: {
    min: number | null;
    max: number | null;
    currency: string;
    period: string;
    location: string | null;
    basis: string;
  }[];
  skills: { mustInclude: string[]; required: string[]; preferred: string[] };
}

const cases = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace('.expected.json', '');
    const expected = JSON.parse(readFileSync(join(SEEDS, f), 'utf8')) as Expected;
    const text = readFileSync(join(SEEDS, `${name}.txt`), 'utf8');
    return { name, expected, posting: parseInput({ kind: 'text', text, url: null }, linkedomEnv) };
  });

describe('seed postings (golden files)', () => {
  it('has all five seeds', () => {
    expect(cases.map((c) => c.name)).toHaveLength(5);
  });

  describe.each(cases)('$name', ({ expected, posting }) => {
    it('validates and is detected as a posting', () => {
      expect(Posting.safeParse(posting).success).toBe(true);
      expect(posting.isPosting).toBe(expected.isPosting);
    });

    it('yields exactly the expected salary ranges', () => {
      const got = posting.salary.map(({ min, max, currency, period, location, basis }) => ({
        min,
        max,
        currency,
        period,
        location,
        basis,
      }));
      expect(got).toEqual(expected.salary);
    });

    it('finds the expected skills with their importance', () => {
      const byName = new Map(posting.skills.map((s) => [s.name.toLowerCase(), s]));
      for (const name of expected.skills.mustInclude) {
        expect(byName.has(name.toLowerCase()), `missing skill ${name}`).toBe(true);
      }
      for (const name of expected.skills.required) {
        expect(byName.get(name.toLowerCase())?.importance, name).toBe('required');
      }
      for (const name of expected.skills.preferred) {
        expect(byName.get(name.toLowerCase())?.importance, name).toBe('preferred');
      }
    });

    it.runIf(expected.title !== undefined)('reads the title', () => {
      expect(posting.title).toBe(expected.title);
    });
  });
});
