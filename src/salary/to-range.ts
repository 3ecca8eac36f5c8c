import type { PayPeriod, SalaryRange } from '../schema/salary.ts';
import { annualize, roundToCents } from './annualize.ts';
import type { Candidate } from './candidate.ts';
import { DOLLAR_CURRENCIES, KRONA_CURRENCIES } from './currency-table.ts';
import type { Found } from './dedupe.ts';
import { expandCountryCode } from './location-names.ts';
import type { PayVerdict } from './pay-context.ts';
import { inferPeriodByMagnitude } from './period-words.ts';
import { implausibleRange, roughUsd } from './plausibility.ts';
import type { TierLabel } from './tier-label.ts';

/** A figure judged to be pay, with everything read from its tokens, before its currency is settled. */
export interface PayFigure {
  c: Candidate;
  verdict: PayVerdict;
  tier: TierLabel;
  /** The source text of the range (with its label when part of the phrase). */
  text: string;
  /** Offset of that text in the whole input. */
  start: number;
  /** Monthly payments a year stated after the figure ("sur 13 mois"), or null. */
  payments?: number | null;
}

/** Per year: a monthly figure paid 13 or 14 times counts that many months. */
function annualOf(c: Candidate, period: PayPeriod, payments: number | null | undefined) {
  if (period !== 'month' || !payments) return annualize(c.min, c.max, period);
  return { min: timesPaid(c.min, payments), max: timesPaid(c.max, payments) };
}

function timesPaid(v: number | null, payments: number): number | null {
  return v === null ? null : roundToCents(v * payments);
}

function resolveCurrency(
  c: Candidate,
  page: string | null,
  unmarked: string,
): { code: string; assumed: boolean } {
  if (c.code === 'SEK' && page && KRONA_CURRENCIES.has(page)) return { code: page, assumed: false };
  if (c.code) return { code: c.code, assumed: false };
  if (c.dollar || c.weakCode === 'USD') {
    return { code: page && DOLLAR_CURRENCIES.has(page) ? page : 'USD', assumed: false };
  }
  if (c.weakCode) return { code: c.weakCode, assumed: false };
  return { code: unmarked, assumed: true };
}

/** The written period, else one stated earlier in the clause, else one inferred from magnitude. */
function choosePeriod(c: Candidate, leading: PayPeriod | null, currency: string): PayPeriod | null {
  if (c.period) return implausibleRange(c.min, c.max, c.period, currency) ? null : c.period;
  if (leading && !implausibleRange(c.min, c.max, leading, currency)) return leading;
  const inferred = inferPeriodByMagnitude(roughUsd(c.max ?? c.min ?? 0, currency));
  return implausibleRange(c.min, c.max, inferred, currency) ? null : inferred;
}

function isValidBound(v: number | null): boolean {
  return v === null || (Number.isFinite(v) && v >= 0);
}

/**
 * The SalaryRange a pay figure states, or null when no period makes it a believable salary.
 * `page` is the page's default currency; `unmarked` the one for figures written with none.
 */
export function toFound(p: PayFigure, page: string | null, unmarked: string): Found | null {
  const { c, verdict, tier } = p;
  const currency = resolveCurrency(c, page, unmarked);
  const period = choosePeriod(c, verdict.leadingPeriod, currency.code);
  if (!period) return null;
  const range: SalaryRange = {
    min: c.min,
    max: c.max,
    currency: currency.code,
    currencyAssumed: currency.assumed,
    period,
    location: tier.label === null ? null : expandCountryCode(tier.label, currency.code),
    basis: verdict.basis,
    annual: annualOf(c, period, p.payments),
    text: p.text,
    source: 'text',
  };
  // The schema's rules, checked by hand: this runs for every figure of a page, zod is too slow here.
  if (!isValidBound(range.min) || !isValidBound(range.max)) return null;
  if (range.min === null && range.max === null) return null;
  if (range.min !== null && range.max !== null && range.min > range.max) return null;
  return {
    range,
    step: Math.max(c.minStep, c.maxStep),
    start: p.start,
    explicitCurrency: c.code !== null,
    cue: verdict.positive,
  };
}
