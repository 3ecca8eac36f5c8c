import type { PayPeriod } from '../schema/salary.ts';

/**
 * The one set of conversion constants every annual figure in JobLens is computed with.
 * A full-time year is 52 weeks of 5 days of 8 hours: 2080 hours, 260 working days.
 * Paid holidays and leave are deliberately not subtracted: employers quote hourly and daily
 * rates against the full 2080/260 year, so this keeps annual figures comparable with theirs.
 */
export const HOURS_PER_YEAR = 2080;
export const DAYS_PER_YEAR = 260;
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** How many of each period make one year. */
export const PERIODS_PER_YEAR: Readonly<Record<PayPeriod, number>> = {
  hour: HOURS_PER_YEAR,
  day: DAYS_PER_YEAR,
  week: WEEKS_PER_YEAR,
  month: MONTHS_PER_YEAR,
  year: 1,
};

/** Money is compared in cents: binary fractions would otherwise leak into the UI. */
export function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}

function perYear(value: number | null, period: PayPeriod): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return roundToCents(value * PERIODS_PER_YEAR[period]);
}

/** The same range per year. Open bounds (null) stay open. */
export function annualize(
  min: number | null,
  max: number | null,
  period: PayPeriod,
): { min: number | null; max: number | null } {
  return { min: perYear(min, period), max: perYear(max, period) };
}
