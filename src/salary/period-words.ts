import type { PayPeriod } from '../schema/salary.ts';

/**
 * The words postings use for a pay period, in English plus the few European languages the
 * postings we see are written in (German, Polish, French).
 */

// Maps, not object literals: a word looked up in an object finds "constructor" and the
// other prototype members, and every look-up of an arbitrary word costs an intern.

/** Unit nouns after "per", "a"/"an" or a slash: "per annum", "an hour", "/yr", "zł/h". */
const PERIOD_NOUNS = new Map<string, PayPeriod>(
  Object.entries({
    annum: 'year',
    year: 'year',
    yr: 'year',
    y: 'year',
    jahr: 'year',
    rok: 'year',
    hour: 'hour',
    hr: 'hour',
    h: 'hour',
    stunde: 'hour',
    std: 'hour',
    godz: 'hour',
    heure: 'hour',
    day: 'day',
    d: 'day',
    diem: 'day',
    tag: 'day',
    dzień: 'day',
    jour: 'day',
    week: 'week',
    wk: 'week',
    w: 'week',
    woche: 'week',
    semaine: 'week',
    month: 'month',
    mo: 'month',
    mth: 'month',
    m: 'month',
    monat: 'month',
    mies: 'month',
    miesiąc: 'month',
    mois: 'month',
  } satisfies Record<string, PayPeriod>),
);

/** Adverbs and abbreviations that state the period on their own: "$50k pa", "£400 daily". */
const PERIOD_ADVERBS = new Map<string, PayPeriod>(
  Object.entries({
    annually: 'year',
    yearly: 'year',
    annual: 'year',
    pa: 'year',
    jährlich: 'year',
    rocznie: 'year',
    hourly: 'hour',
    ph: 'hour',
    daily: 'day',
    pd: 'day',
    weekly: 'week',
    pw: 'week',
    monthly: 'month',
    pcm: 'month',
    monatlich: 'month',
    miesięcznie: 'month',
  } satisfies Record<string, PayPeriod>),
);

/** Every stand-alone period word, for callers that index words up front. */
export const PERIOD_ADVERB_WORDS: readonly string[] = [...PERIOD_ADVERBS.keys()];

/** Plurals and "/yrs" style endings reduce to the singular noun. */
function singular(word: string): string {
  if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The period a unit noun names ("annum", "hrs", "Monat"), or null. */
export function periodNoun(word: string): PayPeriod | null {
  const w = word.toLowerCase();
  return PERIOD_NOUNS.get(w) ?? PERIOD_NOUNS.get(singular(w)) ?? null;
}

/** The period a stand-alone word names ("annually", "pa", "monthly"), or null. */
export function periodAdverb(word: string): PayPeriod | null {
  return PERIOD_ADVERBS.get(word.toLowerCase()) ?? null;
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
  for (const word of u.split(/[^a-zäöüąćęłńóśźż]+/)) {
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
