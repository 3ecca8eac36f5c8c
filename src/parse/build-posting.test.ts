import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { Posting } from '../schema/posting.ts';
import { MAX_DESCRIPTION_CHARS } from '../text/bound.ts';
import { parseInput } from './parse-input.ts';

const SEED = readFileSync(new URL('../../seeds/001_408dd55b7b26d50d.txt', import.meta.url), 'utf8');
const text = (t: string) => parseInput({ kind: 'text', text: t, url: null }, linkedomEnv);

describe('buildPosting (through parseInput)', () => {
  it('builds a Posting the schema accepts, without validating at run time', () => {
    const posting = text(SEED);
    expect(posting.isPosting).toBe(true);
    expect(Posting.safeParse(posting).success).toBe(true);
  });

  it(`reads the first ${MAX_DESCRIPTION_CHARS} characters of a huge page and no more`, () => {
    const filler = 'Our platform team writes tools for the other teams here.\n'.repeat(
      Math.ceil((MAX_DESCRIPTION_CHARS * 1.2) / 58),
    );
    const late = text(
      `${SEED}\n${filler}\nBonus region pay: Salary $310,000 - $330,000 per year\n`,
    );
    expect(late.salary.map((r) => r.max)).not.toContain(330_000);
    const early = text(`${SEED}\nSalary $310,000 - $330,000 per year\n${filler}`);
    expect(early.salary.map((r) => r.max)).toContain(330_000);
    expect(Posting.safeParse(late).success).toBe(true);
  });

  it('reads a flat one-line posting: labels, flat headings and run-together lists', () => {
    const flat =
      'Bookkeeper\nHarbor Supply Co\nPortland, OR\n\n' +
      'We are a family-run marine supply store with two sites and a small office team that ' +
      'keeps the books Required Qualifications: - Two years of bookkeeping - Experience with ' +
      'QuickBooks Online - Payroll in Gusto - Xero (nice to have) - A calm voice on the phone ' +
      'Job Type: Full-time Pay: $24.00 - $28.00 per hour. Preferred Qualifications Bill.com ' +
      'experience. Benefits Paid time off.';
    const skills = Object.fromEntries(text(flat).skills.map((s) => [s.name, s.importance]));
    expect(skills).toMatchObject({
      QuickBooks: 'required',
      Gusto: 'required',
      Xero: 'preferred',
      'Bill.com': 'preferred',
    });
  });
});
