import { describe, expect, it } from 'vitest';
import type { RawSalary } from '../page/page-fields.ts';
import { SalaryRange } from '../schema/salary.ts';
import { structuredSalary } from './from-structured.ts';

describe('structuredSalary: accepted', () => {
  it.each<[string, RawSalary, [number | null, number | null, string, string]]>([
    [
      'MonetaryAmount numbers',
      { min: 150000, max: 180000, currency: 'USD', unit: 'YEAR' },
      [150_000, 180_000, 'USD', 'year'],
    ],
    [
      'Lever interval',
      { min: 150000, max: 180000, currency: 'USD', unit: 'per-year-salary' },
      [150_000, 180_000, 'USD', 'year'],
    ],
    [
      'hourly wage',
      { min: 25, max: 32.5, currency: 'usd', unit: 'per-hour-wage' },
      [25, 32.5, 'USD', 'hour'],
    ],
    [
      'single value',
      { value: 95000, currency: 'EUR', unit: 'yearly' },
      [95_000, 95_000, 'EUR', 'year'],
    ],
    [
      'string numbers',
      { min: '120,000', max: '140,000', currency: 'USD', unit: 'annual' },
      [120_000, 140_000, 'USD', 'year'],
    ],
    ['k strings', { min: '120k', max: '150K', currency: 'USD' }, [120_000, 150_000, 'USD', 'year']],
    [
      'symbol strings, no currency field',
      { min: '$120,000', max: '$150,000' },
      [120_000, 150_000, 'USD', 'year'],
    ],
    ['euro strings', { min: '€60.000', max: '€70.000' }, [60_000, 70_000, 'EUR', 'year']],
    [
      'range string as value',
      { value: '$120k-$150k', currency: 'USD', unit: 'YEAR' },
      [120_000, 150_000, 'USD', 'year'],
    ],
    ['range string with its own period', { value: '£40 - £55 per hour' }, [40, 55, 'GBP', 'hour']],
    [
      'monthly',
      { min: 4000, max: 5000, currency: 'EUR', unit: 'MONTH' },
      [4_000, 5_000, 'EUR', 'month'],
    ],
    [
      'weekly',
      { min: 1500, max: 1800, currency: 'AUD', unit: 'WEEK' },
      [1_500, 1_800, 'AUD', 'week'],
    ],
    ['daily', { value: 550, currency: 'GBP', unit: 'DAY' }, [550, 550, 'GBP', 'day']],
    ['open max', { min: 80000, currency: 'CAD', unit: 'YEAR' }, [80_000, null, 'CAD', 'year']],
    ['open min', { max: 70000, currency: 'GBP', unit: 'YEAR' }, [null, 70_000, 'GBP', 'year']],
    [
      'missing unit: yearly by size',
      { min: 110000, max: 130000, currency: 'USD' },
      [110_000, 130_000, 'USD', 'year'],
    ],
    [
      'unknown unit: hourly by size',
      { min: 40, max: 60, currency: 'USD', unit: 'FORTNIGHTLY-ISH' },
      [40, 60, 'USD', 'hour'],
    ],
    [
      'missing unit: monthly by size',
      { min: 3000, max: 4000, currency: 'EUR' },
      [3_000, 4_000, 'EUR', 'month'],
    ],
    [
      'currency symbol field',
      { min: 50000, max: 60000, currency: '£', unit: 'YEAR' },
      [50_000, 60_000, 'GBP', 'year'],
    ],
  ])('%s', (_name, raw, [min, max, currency, period]) => {
    const { range, problem } = structuredSalary(raw, 'json-ld');
    expect(problem).toBeNull();
    expect(SalaryRange.safeParse(range).success).toBe(true);
    expect(range).toMatchObject({
      min,
      max,
      currency,
      period,
      source: 'json-ld',
      currencyAssumed: false,
    });
  });

  it('keeps source, location and basis as given, and annualizes', () => {
    const raw: RawSalary = {
      min: 50,
      max: 60,
      currency: 'USD',
      unit: 'HOUR',
      location: 'New York City',
      basis: 'ote',
    };
    const { range } = structuredSalary(raw, 'adapter');
    expect(range).toMatchObject({ source: 'adapter', location: 'New York City', basis: 'ote' });
    expect(range?.annual).toEqual({ min: 104_000, max: 124_800 });
    expect(range?.text).toBe('50–60 USD HOUR');
  });
});

describe('structuredSalary: data that lies is rejected with a reason', () => {
  it.each<[string, RawSalary, RegExp]>([
    ['negative', { min: -5, max: 100000, currency: 'USD', unit: 'YEAR' }, /negative/],
    ['negative string', { min: '-120000', currency: 'USD', unit: 'YEAR' }, /negative/],
    ['NaN', { min: Number.NaN, max: 100000, currency: 'USD', unit: 'YEAR' }, /finite/],
    ['Infinity', { value: Number.POSITIVE_INFINITY, currency: 'USD', unit: 'YEAR' }, /finite/],
    ['min above max', { min: 200000, max: 100000, currency: 'USD', unit: 'YEAR' }, /above/],
    [
      'annual figure labelled hourly',
      { min: 120000, max: 150000, currency: 'USD', unit: 'HOUR' },
      /too large/,
    ],
    [
      'hourly figure labelled yearly',
      { min: 25, max: 30, currency: 'USD', unit: 'YEAR' },
      /too small/,
    ],
    ['zero', { value: 0, currency: 'USD', unit: 'YEAR' }, /too small/],
    ['boolean', { min: true, currency: 'USD' }, /wrong type/],
    ['object', { value: { amount: 5 }, currency: 'USD' }, /wrong type/],
    ['array', { min: [1, 2], currency: 'USD' }, /wrong type/],
    ['junk string', { value: 'competitive', currency: 'USD' }, /not an amount/],
    ['missing currency', { min: 100000, max: 120000, unit: 'YEAR' }, /no currency/],
    ['unknown currency', { min: 100000, currency: 'DOGE', unit: 'YEAR' }, /unknown currency/],
    [
      'currency of the wrong type',
      { min: 100000, currency: 840, unit: 'YEAR' },
      /currency has the wrong type/,
    ],
    [
      'unit of the wrong type',
      { min: 100000, currency: 'USD', unit: 12 },
      /unit has the wrong type/,
    ],
    ['nothing', { currency: 'USD', unit: 'YEAR' }, /no amount/],
    ['huge', { value: 1e15, currency: 'USD', unit: 'YEAR' }, /too large/],
  ])('%s', (_name, raw, reason) => {
    const { range, problem } = structuredSalary(raw, 'json-ld');
    expect(range).toBeNull();
    expect(problem).toMatch(reason);
  });

  it('never throws, even on non-objects and hostile getters', () => {
    const hostile = Object.defineProperty({}, 'min', {
      get() {
        throw new Error('boom');
      },
    }) as RawSalary;
    for (const raw of [null, undefined, 42, 'x', hostile] as unknown as RawSalary[]) {
      const out = structuredSalary(raw, 'api');
      expect(out.range).toBeNull();
      expect(out.problem).toEqual(expect.any(String));
    }
  });
});
