import type { z } from 'zod';
import { annualize } from '../salary/annualize.ts';
import type { SalaryFit } from '../schema/match.ts';
import type { Profile } from '../schema/profile.ts';
import type { SalaryRange } from '../schema/salary.ts';
import { formatAmount, formatRange } from './format-money.ts';
import { tierApplies } from './tier-applies.ts';
import { chooseRange } from './tier-select.ts';

export type SalaryFitT = z.infer<typeof SalaryFit>;
type Status = 'meets' | 'partial' | 'below';

/**
 * Where a range sits against the target floor. A closed range meets the target when its
 * midpoint does (offers tend to land mid-range), is partial when only its top reaches it and is
 * below otherwise. An open-topped range ("from X") meets when X does and is partial otherwise:
 * it could go higher. A range with only a top ("up to X") is at best partial.
 */
export function fitStatus(min: number | null, max: number | null, target: number): Status {
  if (min !== null && max !== null) {
    if ((min + max) / 2 >= target) return 'meets';
    return max >= target ? 'partial' : 'below';
  }
  if (min !== null) return min >= target ? 'meets' : 'partial';
  if (max !== null) return max >= target ? 'partial' : 'below';
  return 'below';
}

const VERB: Record<Status, string> = {
  meets: 'meets',
  partial: 'partly meets',
  below: 'is below',
};

/** "Pay 65–70 USD/hour (Colorado; 135,200–145,600 USD/year)". */
function describePay(range: SalaryRange): string {
  const notes: string[] = [];
  if (range.location) notes.push(range.location);
  if (range.period !== 'year') {
    // The range's own annual figure: a monthly salary paid 13 times is more than 12 months.
    notes.push(formatRange(range.annual.min, range.annual.max, range.currency, 'year'));
  }
  if (range.basis === 'ote') notes.push('on-target earnings');
  if (range.basis === 'total_cash') notes.push('total cash');
  const amount = formatRange(range.min, range.max, range.currency, range.period);
  return notes.length > 0 ? `Pay ${amount} (${notes.join('; ')})` : `Pay ${amount}`;
}

type Target = NonNullable<Profile['targetSalary']>;

/** "your 180,000 target", or with the period and annual figure when it is not yearly. */
function describeTarget(target: Target, annual: number): string {
  if (target.period === 'year') return `your ${formatAmount(target.min)} target`;
  const stated = `${formatAmount(target.min)} ${target.currency}/${target.period}`;
  return `your ${stated} target (${formatAmount(annual)}/year)`;
}

/** How the posting's pay compares with profile.targetSalary, in the user's currency only. */
export function salaryFit(
  profile: Profile,
  stated: readonly SalaryRange[],
  jobLocations: readonly string[] = [],
): SalaryFitT {
  const target = profile.targetSalary;
  if (!target) {
    return { status: 'unknown', detail: 'Your profile has no target salary to compare with' };
  }
  if (stated.length === 0) return { status: 'unknown', detail: 'The posting states no pay' };
  const ranges = stated.filter((r) => tierApplies(r, jobLocations));
  if (ranges.length === 0) {
    const tiers = [...new Set(stated.map((r) => r.location))].join('; ');
    return {
      status: 'unknown',
      detail: `The pay stated is for other places (${tiers}), not this job's`,
    };
  }
  const sameCurrency = ranges.filter((r) => r.currency === target.currency);
  if (sameCurrency.length === 0) {
    const theirs = [...new Set(ranges.map((r) => r.currency))].join(', ');
    return {
      status: 'currency_mismatch',
      detail: `Pay is in ${theirs}, your target is in ${target.currency}; amounts are not converted`,
    };
  }
  const chosen = chooseRange(sameCurrency, profile.location);
  if (!chosen) return { status: 'unknown', detail: 'The posting states no pay' };
  const { range } = chosen;
  const annual = range.annual;
  const targetAnnual = annualize(target.min, null, target.period).min;
  if (targetAnnual === null || (annual.min === null && annual.max === null)) {
    return { status: 'unknown', detail: 'The pay or the target could not be read as numbers' };
  }
  const status = fitStatus(annual.min, annual.max, targetAnnual);
  let detail = `${describePay(range)} ${VERB[status]} ${describeTarget(target, targetAnnual)}`;
  if (chosen.how === 'first' && sameCurrency.some((r) => r.location)) {
    detail += profile.location?.trim()
      ? '; no pay tier matched your location, so the first one stated is used'
      : '; add your location to your profile to pick your pay tier';
  }
  return { status, detail };
}
