import type { PayPeriod } from '../schema/salary.ts';
import { PERIOD_ADVERBS, PERIOD_NOUNS } from './pay-lexicon.ts';

// Period words come from the language tables (languages/*.ts, merged in pay-lexicon.ts).

/** Every stand-alone period word, for callers that index words up front. */
export const PERIOD_ADVERB_WORDS: readonly string[] = [...PERIOD_ADVERBS.keys()];

/** Plurals and "/yrs" style endings reduce to the singular noun. */
function singular(word: string): string {
  if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The period a unit noun names ("annum", "hrs", "Monat"), or null. */
export function periodNoun(word: string): PayPeriod | null {
  return lowerPeriodNoun(word.toLowerCase());
}

/** periodNoun of a word already lower-cased (a token's `lower`). */
export function lowerPeriodNoun(w: string): PayPeriod | null {
  return PERIOD_NOUNS.get(w) ?? PERIOD_NOUNS.get(singular(w)) ?? null;
}

/** The period a stand-alone word names ("annually", "pa", "monthly"), or null. */
export function periodAdverb(word: string): PayPeriod | null {
  return lowerPeriodAdverb(word.toLowerCase());
}

/** periodAdverb of a word already lower-cased (a token's `lower`). */
export function lowerPeriodAdverb(w: string): PayPeriod | null {
  return PERIOD_ADVERBS.get(w) ?? null;
}

/**
 * A structured unit ("YEAR", "per-hour-wage", "Monthly", "P1Y", "PT1H") as a period, or null
 * when the unit is unknown (the caller then infers from magnitude).
 */
export function unitToPeriod(unit: string): PayPeriod | null {
  const u = unit.trim().toLowerCase();
  const iso = u.match(/^p(t?)1?([hdwmy])$/);
  if (iso) {
    const [, time, letter] = iso;
    if (time) return letter === 'h' ? 'hour' : null;
    return ({ d: 'day', w: 'week', m: 'month', y: 'year' } as const)[letter as 'd'] ?? null;
  }
  for (const word of u.split(/[^\p{L}]+/u)) {
    if (!word) continue;
    const p = periodAdverb(word) ?? periodNoun(word);
    if (p) return p;
  }
  return null;
}

/**
 * The period of a figure whose period is not written, from its size in rough US dollars:
 * under 250 reads as an hourly rate (nobody is paid $85 a month in a posting that states it),
 * under 15,000 as a monthly salary (European and Indian postings state monthly pay),
 * otherwise a yearly salary. Day and week rates are almost always written out, so they
 * are never inferred.
 */
export function inferPeriodByMagnitude(usdEquivalent: number): PayPeriod {
  if (usdEquivalent < 250) return 'hour';
  if (usdEquivalent < 15_000) return 'month';
  return 'year';
}
