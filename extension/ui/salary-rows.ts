import { formatMoney, formatPay } from '../../src/format/money.ts';
import { tierApplies } from '../../src/match/tier-applies.ts';
import { chooseRange, tierFit } from '../../src/match/tier-select.ts';
import { annualize } from '../../src/salary/annualize.ts';
import type { Profile } from '../../src/schema/profile.ts';
import type { SalaryRange } from '../../src/schema/salary.ts';

/** Where the range and the user's target sit on one bar, in percent of its width. */
export interface PayBar {
  from: number;
  to: number;
  target: number;
  targetLabel: string;
}

export interface SalaryRow {
  /** The clean figure: "$188K–$282K / yr · USD". */
  headline: string;
  /** The same per year when it is stated per hour, day, week or month. */
  annual: string | null;
  /** Exactly as the posting writes it. */
  written: string;
  tier: string | null;
  basis: SalaryRange['basis'];
  currencyAssumed: boolean;
  /** The tier that applies to the profile's location. */
  yours: boolean;
  /** False for a tier stated for another country than the job's ("for U.S.-based roles"). */
  applies: boolean;
  bar: PayBar | null;
}

type Target = Profile['targetSalary'];

/** The range and the target per year on one scale, when they are in the same currency. */
export function payBar(range: SalaryRange, target: Target): PayBar | null {
  if (!target || target.currency !== range.currency) return null;
  const { min, max } = range.annual;
  const goal = annualize(target.min, null, target.period).min;
  if (goal === null || (min === null && max === null)) return null;
  const lo = Math.min(min ?? max ?? goal, goal) * 0.9;
  const hi = Math.max(max ?? min ?? goal, goal) * 1.05;
  const at = (n: number) => Math.round(((n - lo) / (hi - lo)) * 1000) / 10;
  return {
    from: at(min ?? lo),
    to: at(max ?? hi),
    target: at(goal),
    targetLabel: `your target ${formatMoney(goal, target.currency, 'year')} / yr`,
  };
}

const payOrder = (r: SalaryRange) => r.annual.max ?? r.annual.min ?? 0;

/**
 * Every range of the posting, highest pay first, with the tier for the profile's location
 * marked (also when it is the only one) and tiers for other countries than the job's marked
 * as not applying.
 */
export function salaryRows(
  ranges: readonly SalaryRange[],
  profileLocation: string | null,
  jobLocations: readonly string[] = [],
  target: Target = null,
): SalaryRow[] {
  const here = ranges.filter((r) => tierApplies(r, jobLocations));
  const chosen = here.length > 1 && profileLocation ? chooseRange(here, profileLocation) : null;
  const single = here.length === 1 ? here[0] : undefined;
  const yours =
    chosen && (chosen.how === 'location' || chosen.how === 'other')
      ? chosen.range
      : single && profileLocation && tierFit(single.location, profileLocation) >= 3
        ? single
        : null;
  const ordered = ranges.some((r) => r.location)
    ? [...ranges].sort((a, b) => payOrder(b) - payOrder(a))
    : [...ranges];
  return ordered.map((r) => ({
    headline: formatPay(r.min, r.max, r.currency, r.period),
    annual: r.period === 'year' ? null : formatPay(r.annual.min, r.annual.max, r.currency, 'year'),
    written: r.text,
    tier: r.location,
    basis: r.basis,
    currencyAssumed: r.currencyAssumed,
    yours: r === yours,
    applies: here.includes(r),
    bar: payBar(r, target),
  }));
}
