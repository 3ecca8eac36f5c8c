import { describe, expect, it } from 'vitest';
import { SalaryRange } from '../schema/salary.ts';
import { basisOf, rangeProblem } from './range-check.ts';

const good: SalaryRange = {
  min: 90_000,
  max: 120_000,
  currency: 'USD',
  currencyAssumed: false,
  period: 'year',
  location: null,
  basis: 'base',
  annual: { min: 90_000, max: 120_000 },
  text: '$90,000 - $120,000',
  source: 'json-ld',
};

const cases: Array<[string, Partial<SalaryRange>]> = [
  ['valid range', {}],
  ['open max', { max: null, annual: { min: 90_000, max: null } }],
  ['open min', { min: null, annual: { min: null, max: 120_000 } }],
  ['no bound', { min: null, max: null, annual: { min: null, max: null } }],
  ['min above max', { min: 130_000 }],
  ['negative', { min: -1 }],
  ['infinite', { max: Number.POSITIVE_INFINITY }],
  ['NaN', { min: Number.NaN }],
  ['negative annual', { annual: { min: -5, max: 1 } }],
  ['lower-case currency', { currency: 'usd' }],
  ['long currency', { currency: 'USDX' }],
  ['bad period', { period: 'fortnight' as SalaryRange['period'] }],
  ['bad basis', { basis: 'gross' as SalaryRange['basis'] }],
  ['bad source', { source: 'html' as SalaryRange['source'] }],
  ['location', { location: 'Colorado' }],
];

describe('rangeProblem', () => {
  it.each(cases)('agrees with the SalaryRange schema: %s', (_name, change) => {
    const r = { ...good, ...change };
    expect(rangeProblem(r) === null).toBe(SalaryRange.safeParse(r).success);
  });
});

describe('basisOf', () => {
  it.each([
    ['ote', 'ote'],
    ['total_cash', 'total_cash'],
    ['base', 'base'],
    ['OTE', null],
    [3, null],
    [null, null],
  ])('%s -> %s', (input, want) => {
    expect(basisOf(input)).toBe(want);
  });
});
