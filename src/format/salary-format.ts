import type { PayPeriod, SalaryRange } from '../schema/salary.ts';

const PERIOD_SHORT: Record<PayPeriod, string> = {
  hour: 'hr',
  day: 'day',
  week: 'wk',
  month: 'mo',
  year: 'yr',
};

export function formatAmount(n: number): string {
  const whole = Number.isInteger(n);
  return n.toLocaleString('en-US', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  });
}

function bounds(min: number | null, max: number | null): string {
  if (min !== null && max !== null)
    return min === max ? formatAmount(min) : `${formatAmount(min)}–${formatAmount(max)}`;
  if (min !== null) return `from ${formatAmount(min)}`;
  if (max !== null) return `up to ${formatAmount(max)}`;
  return '?';
}

/** "USD 155,300–232,900/yr (Colorado)": one range as written, in a stable compact form. */
export function formatSalaryRange(r: SalaryRange, opts: { withLocation?: boolean } = {}): string {
  const where = opts.withLocation !== false && r.location ? ` (${r.location})` : '';
  return `${r.currency} ${bounds(r.min, r.max)}/${PERIOD_SHORT[r.period]}${where}`;
}

/** The annual equivalent, or null when the range is already yearly. */
export function formatAnnual(r: SalaryRange): string | null {
  if (r.period === 'year') return null;
  return `${r.currency} ${bounds(r.annual.min, r.annual.max)}/yr`;
}
