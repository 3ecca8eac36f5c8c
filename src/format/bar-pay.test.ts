import { describe, expect, it } from 'vitest';
import type { SalaryRange } from '../schema/salary.ts';
import { barPay } from './bar-pay.ts';

const range = (over: Partial<SalaryRange>): SalaryRange => ({
  min: 90_000,
  max: 120_000,
  currency: 'USD',
  currencyAssumed: false,
  period: 'year',
  location: null,
  basis: 'base',
  annual: { min: 90_000, max: 120_000 },
  text: 'made up',
  source: 'text',
  ...over,
});

describe('barPay: the pay on the bar, one line', () => {
  it('nothing stated: nothing shown', () => {
    expect(barPay([])).toBeNull();
  });

  it('one range, as the panel heads it', () => {
    expect(barPay([range({})])).toBe('$90K–$120K / yr · USD');
  });

  it('location tiers in one currency and period are spanned', () => {
    const tiers = [
      range({ min: 101_000, max: 131_000, location: 'Zone 1' }),
      range({ min: 86_000, max: 112_000, location: 'Zone 2' }),
    ];
    expect(barPay(tiers)).toBe('$86K–$131K / yr · USD');
  });

  it('a range in another currency or period is left to the panel', () => {
    const mixed = [
      range({ min: 30, max: 42, period: 'hour' }),
      range({ min: 70_000, max: 80_000, currency: 'EUR' }),
    ];
    expect(barPay(mixed)).toBe('$30–$42 / hr · USD');
  });

  it('an open bound stays open only when every tier leaves it open', () => {
    expect(barPay([range({ min: 55_000, max: null })])).toBe('from $55K / yr · USD');
    const oneOpen = [range({ min: 55_000, max: null }), range({ min: 60_000, max: 75_000 })];
    expect(barPay(oneOpen)).toBe('from $55K / yr · USD');
  });
});
