import type { SalaryRange } from '../schema/salary.ts';
import { formatPay } from './money.ts';

/**
 * The pay as the bar in the page shows it, at a glance: one line. Tiers in the posting's first
 * currency and period are spanned ("$150K–$220K / yr · USD" over three location tiers);
 * ranges in another currency or period are left to the panel. Null when the posting states
 * none. It is the page's own data, so the page may read it (the score never goes there).
 */
export function barPay(salary: readonly SalaryRange[]): string | null {
  const first = salary[0];
  if (!first) return null;
  const same = salary.filter((r) => r.currency === first.currency && r.period === first.period);
  const lows = same.map((r) => r.min).filter((n): n is number => n !== null);
  const highs = same.map((r) => r.max).filter((n): n is number => n !== null);
  // An open bound stays open only when every tier has it open.
  const min = lows.length === same.length && lows.length > 0 ? Math.min(...lows) : null;
  const max = highs.length === same.length && highs.length > 0 ? Math.max(...highs) : null;
  if (min === null && max === null) {
    return formatPay(first.min, first.max, first.currency, first.period);
  }
  return formatPay(min, max, first.currency, first.period);
}
