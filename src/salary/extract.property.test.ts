import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SalaryRange } from '../schema/salary.ts';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';
import { structuredSalary } from './from-structured.ts';

/** Pieces salary text is made of, so random strings hit the parser's paths, not just noise. */
const PIECES = [
  '$',
  '€',
  '£',
  '¥',
  '₹',
  'zł',
  'kr',
  'CA$',
  'A$',
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'INR',
  'Rs.',
  '1',
  '12',
  '120',
  '1,000',
  '120,000',
  '7,50,000',
  '45 000',
  '71.000',
  '1.234,56',
  '196,378.35',
  '0',
  '00',
  '9999999999999999',
  'k',
  'K',
  'M',
  'lakhs',
  'crore',
  'LPA',
  '-',
  '–',
  '—',
  '\uFFFD',
  ' to ',
  ' and ',
  'between ',
  'up to ',
  'from ',
  ' od ',
  ' do ',
  ' per annum',
  '/yr',
  '/h',
  ' an hour',
  ' monthly',
  'p.a.',
  'salary',
  'pay range',
  'bonus',
  '401(k)',
  'equity',
  'OTE',
  'Zone A: ',
  'CA: ',
  ' in Colorado',
  '(NY, WA)',
  '\n',
  ' ',
  ',',
  '.',
  ':',
  ';',
  '+',
  '%',
  '#',
  '/',
  '(',
  ')',
  'Competitive',
];

const salaryish = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((parts) => parts.join(''));

function allValid(text: string): void {
  const out = extractSalaries(text);
  for (const r of out) {
    const parsed = SalaryRange.safeParse(r);
    expect(parsed.success, JSON.stringify(r)).toBe(true);
    // The source text is a piece of the input.
    expect(text.includes(r.text)).toBe(true);
  }
}

describe('extractSalaries: properties', () => {
  it('never throws and every output validates, on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        allValid(s);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and every output validates, on salary-shaped strings', () => {
    fc.assert(
      fc.property(salaryish, (s) => {
        allValid(s);
        allValid(normalizeText(s));
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws with any page default currency', () => {
    fc.assert(
      fc.property(salaryish, fc.option(fc.string({ maxLength: 5 })), (s, cur) => {
        const out = extractSalaries(s, { defaultCurrency: cur });
        for (const r of out) expect(SalaryRange.safeParse(r).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a stated range is found with its numbers whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 400 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('-', '–', '—', ' to ', ' - '),
        fc.string({ maxLength: 40 }).map((s) => s.replace(/[\d$€£¥₹]/g, 'x')),
        (lowK, spreadK, dash, noise) => {
          const min = lowK * 1000;
          const max = (lowK + spreadK) * 1000;
          const text = `${noise}\nSalary: $${min.toLocaleString('en-US')}${dash}$${max.toLocaleString('en-US')} per year\n${noise}`;
          const found = extractSalaries(text);
          expect(found.map((r) => [r.min, r.max, r.period])).toEqual([[min, max, 'year']]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('structuredSalary: properties', () => {
  it('never throws; a range is valid, otherwise a problem is given', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 20 }),
      salaryish,
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.integer(), { maxLength: 2 }),
    );
    fc.assert(
      fc.property(value, value, value, value, value, (min, max, v, currency, unit) => {
        const out = structuredSalary({ min, max, value: v, currency, unit }, 'json-ld');
        if (out.range) {
          expect(SalaryRange.safeParse(out.range).success).toBe(true);
          expect(out.problem).toBeNull();
        } else {
          expect(out.problem).toEqual(expect.any(String));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
