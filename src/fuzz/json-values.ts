import fc from 'fast-check';
import { CURRENCY_CODES, HUGE_NUMBERS, LONG_WORDS } from './chars.ts';
import { brokenSalaryLine } from './text-arbitraries.ts';

/** A JSON value nested `depth` levels deep in arrays or objects. */
export function deepJson(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = kind === 'array' ? ['JobPosting'] : { '@type': 'JobPosting' };
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { mainEntity: v };
  return v;
}

/** Any JSON value, including the shapes that are the wrong type for every field. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 6 },
  { arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, '', ' ', [], {}, [[]]), weight: 3 },
  { arbitrary: fc.constantFrom(deepJson(300, 'array'), deepJson(60, 'object')), weight: 1 },
  // Long strings, astral ones included: any cut at a fixed length may split a surrogate pair.
  {
    arbitrary: fc.constantFrom(
      ...LONG_WORDS.map((w) => `x${Array.from(w).slice(0, 700).join('')}`),
    ),
    weight: 1,
  },
);

/** Amounts as structured data states them: honest often enough to be accepted, else lying. */
export const lyingAmount: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 15, max: 400_000 }), weight: 6 },
  { arbitrary: fc.integer({ min: 15, max: 400_000 }).map(String), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.constantFrom(...HUGE_NUMBERS), weight: 1 },
  {
    arbitrary: fc.constantFrom('150,000', '$150k', '150000 USD', '120k-150k', '', 'NaN', '-5'),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(0, -0, 45.5, 1e-300, Number.MAX_SAFE_INTEGER, true, null),
    weight: 1,
  },
  { arbitrary: fc.constantFrom([150000], [[150000]], { value: 5 }, { '@value': '1' }), weight: 1 },
  { arbitrary: brokenSalaryLine, weight: 1 },
  { arbitrary: anyJson, weight: 1 },
);

export const lyingCurrency: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom('USD', 'EUR', 'GBP', 'CAD', 'INR', 'JPY', 'PLN'), weight: 6 },
  { arbitrary: fc.constantFrom(...CURRENCY_CODES), weight: 2 },
  {
    arbitrary: fc.constantFrom('$', '€', 'US$', 'United States Dollar', ' usd ', 840, ['USD'], {}),
    weight: 1,
  },
  { arbitrary: anyJson, weight: 1 },
);

export const lyingUnit: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.constantFrom('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'per-year-salary', 'P1Y'),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom('ANNUAL', 'hourly', 'fortnight', 'HOURLY_RATE', '', 5, ['HOUR'], {}),
    weight: 1,
  },
  { arbitrary: anyJson, weight: 1 },
);

/** A field value: usually the right shape, otherwise any JSON at all. */
export function field<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: right, weight: 3 }, { arbitrary: anyJson, weight: 1 });
}

export const descriptionHtml = brokenSalaryLine.map(
  (pay) =>
    `<p>We build tools.</p><h3>Requirements</h3><ul><li>Python and SQL</li><li>Go</li></ul><p>${pay}</p>`,
);
