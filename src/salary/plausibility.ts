import type { PayPeriod } from '../schema/salary.ts';
import { PERIODS_PER_YEAR } from './annualize.ts';
import { unitsPerUsd } from './currency-table.ts';

/**
 * Bounds on a believable salary, per year in rough US dollars. Below the floor it is a fee,
 * a perk or a mis-read count; above the ceiling it is revenue, funding, or an annual figure
 * labelled with the wrong period ("120000 per hour").
 */
export const MIN_ANNUAL_USD = 500;
export const MAX_ANNUAL_USD = 3_000_000;

/** The figure as rough US dollars per year (magnitude only, not a conversion for display). */
export function roughUsdPerYear(value: number, period: PayPeriod, currency: string): number {
  return (value * PERIODS_PER_YEAR[period]) / unitsPerUsd(currency);
}

/** The figure as rough US dollars in its own period. */
export function roughUsd(value: number, currency: string): number {
  return value / unitsPerUsd(currency);
}

/** Why this bound cannot be a salary for that period, or null when it is believable. */
export function implausibleBound(
  value: number,
  period: PayPeriod,
  currency: string,
): string | null {
  const perYear = roughUsdPerYear(value, period, currency);
  if (perYear < MIN_ANNUAL_USD)
    return `${value} ${currency} per ${period} is too small to be a salary`;
  if (perYear > MAX_ANNUAL_USD)
    return `${value} ${currency} per ${period} is too large to be a salary`;
  return null;
}

/** Why this range cannot be a salary, or null. Checks both bounds and their order. */
export function implausibleRange(
  min: number | null,
  max: number | null,
  period: PayPeriod,
  currency: string,
): string | null {
  if (min === null && max === null) return 'no amount';
  if (min !== null && max !== null && min > max) return `minimum ${min} is above maximum ${max}`;
  for (const v of [min, max]) {
    if (v === null) continue;
    const why = implausibleBound(v, period, currency);
    if (why) return why;
  }
  return null;
}
