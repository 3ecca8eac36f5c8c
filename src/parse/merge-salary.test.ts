import { describe, expect, it } from 'vitest';
import type { SalaryRange } from '../schema/salary.ts';
import { mergeSalaries, withoutEnvelopes } from './merge-salary.ts';

const range = (min: number, max: number, over: Partial<SalaryRange> = {}): SalaryRange => ({
  min,
  max,
  currency: 'USD',
  currencyAssumed: false,
  period: 'year',
  location: null,
  basis: 'base',
  annual: { min, max },
  text: `${min}-${max}`,
  source: 'json-ld',
  ...over,
});

describe('withoutEnvelopes: a summary of tiers is not a range of its own', () => {
  const tierA = range(120_000, 150_000, { location: 'Zone A', source: 'adapter' });
  const tierB = range(100_000, 130_000, { location: 'Zone B', source: 'adapter' });

  it('drops the one unlabelled range that spans the tiers exactly', () => {
    expect(withoutEnvelopes([range(100_000, 150_000), tierA, tierB])).toEqual([tierA, tierB]);
  });

  it('keeps it when it says more than the tiers (a wider range, another period or currency)', () => {
    const wider = range(90_000, 160_000);
    expect(withoutEnvelopes([wider, tierA, tierB])).toHaveLength(3);
    const monthly = range(100_000, 150_000, { period: 'month' });
    expect(withoutEnvelopes([monthly, tierA, tierB])).toHaveLength(3);
    const euros = range(100_000, 150_000, { currency: 'EUR' });
    expect(withoutEnvelopes([euros, tierA, tierB])).toHaveLength(3);
  });

  it('keeps it beside a single tier: one labelled range is no set of tiers', () => {
    expect(withoutEnvelopes([range(120_000, 150_000), tierA])).toHaveLength(2);
  });

  it('the merge shows the tiers when structured data gave both', () => {
    const merged = mergeSalaries([range(100_000, 150_000), tierA, tierB], []);
    expect(merged.map((r) => r.location)).toEqual(['Zone A', 'Zone B']);
  });
});
