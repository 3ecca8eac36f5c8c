import type { PayPeriod } from '../schema/salary.ts';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "155,300" / "62.5": grouping the user can read at a glance, cents only when present. */
export function formatAmount(value: number): string {
  return NUMBER.format(value);
}

/** "155,300–232,900 USD/year", "up to 70,000 GBP/year", "from 29,000 EUR/year". */
export function formatRange(
  min: number | null,
  max: number | null,
  currency: string,
  period: PayPeriod,
): string {
  const unit = `${currency}/${period}`;
  if (min !== null && max !== null) {
    return min === max
      ? `${formatAmount(min)} ${unit}`
      : `${formatAmount(min)}–${formatAmount(max)} ${unit}`;
  }
  if (max !== null) return `up to ${formatAmount(max)} ${unit}`;
  if (min !== null) return `from ${formatAmount(min)} ${unit}`;
  return `an unstated amount in ${currency}`;
}
