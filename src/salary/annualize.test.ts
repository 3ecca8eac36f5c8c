import { describe, expect, it } from 'vitest';
import {
  annualize,
  DAYS_PER_YEAR,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  roundToCents,
  WEEKS_PER_YEAR,
} from './annualize.ts';

describe('annualize', () => {
  it('uses the documented constants', () => {
    expect([HOURS_PER_YEAR, DAYS_PER_YEAR, WEEKS_PER_YEAR, MONTHS_PER_YEAR]).toEqual([
      2080, 260, 52, 12,
    ]);
  });

  it.each([
    [25, 30, 'hour', 52_000, 62_400],
    [400, 500, 'day', 104_000, 130_000],
    [1_000, 1_200, 'week', 52_000, 62_400],
    [5_000, 6_000, 'month', 60_000, 72_000],
    [90_000, 120_000, 'year', 90_000, 120_000],
    [null, 70_000, 'year', null, 70_000],
    [60_000, null, 'month', 720_000, null],
    [null, null, 'hour', null, null],
    [12.345, 12.345, 'hour', 25_677.6, 25_677.6],
  ] as const)('%s-%s per %s -> %s-%s a year', (min, max, period, amin, amax) => {
    expect(annualize(min, max, period)).toEqual({ min: amin, max: amax });
  });

  it('rounds to cents', () => {
    expect(roundToCents(0.1 + 0.2)).toBe(0.3);
    expect(annualize(19.99, 19.99, 'hour')).toEqual({ min: 41_579.2, max: 41_579.2 });
  });
});
