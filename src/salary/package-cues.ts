import {
  FIRST_PERSON_PAY,
  PACKAGE_JOINERS,
  PACKAGE_WORDS,
  STATISTIC_WORDS,
} from './pay-lexicon.ts';
import { phraseAt } from './phrase-match.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * Cues that come from how a figure or a pay word is joined to the rest of a pay package
 * ("$150k + 1% equity", "Salary + Equity: …") or qualified as a statistic ("average salary").
 */

/** At most this many tokens between a joiner and the package word ("1 - 2 %", "annual"). */
const TAIL_REACH = 5;

function lowerWord(t: Token | undefined): string {
  return t?.kind === 'word' ? lowerOf(t) : '';
}

function onLine(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.kind !== 'nl' && b.start - a.end <= 3;
}

/** "+", "&" or a joining word ("plus", "and", "und", "et"). */
export function isJoiner(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.text === '+' || t.text === '&') return true;
  return PACKAGE_JOINERS.has(lowerWord(t));
}

/**
 * Whether tokens[k], a joiner right after a figure, joins it to a package part: "+ equity",
 * "plus bonus", "& 1-2% equity", "and an annual bonus". A figure stated with the rest of its
 * package is that package's pay.
 */
export function joinsPackage(tokens: Token[], k: number): boolean {
  if (!isJoiner(tokens[k])) return false;
  const stop = Math.min(tokens.length, k + 1 + TAIL_REACH);
  for (let j = k + 1; j < stop; j++) {
    const t = tokens[j] as Token;
    if (!onLine(tokens[j - 1], t)) return false;
    if (t.kind === 'word') {
      if (PACKAGE_WORDS.has(lowerOf(t))) return true;
      continue;
    }
    // A share of the package: "1%", "0.5-1 %".
    if (t.kind !== 'num' && t.kind !== 'dash' && t.text !== '%' && t.text !== '.') return false;
  }
  return false;
}

/**
 * "Salary + Equity: $125K-$150K": the package word after the pay word is joined to it, so the
 * label still names pay. tokens[pos] is the pay word, tokens[neg] the not-pay word after it.
 */
export function labelsPackage(tokens: Token[], pos: number, neg: number): boolean {
  return (
    neg === pos + 2 &&
    isJoiner(tokens[pos + 1]) &&
    PACKAGE_WORDS.has(lowerWord(tokens[neg])) &&
    onLine(tokens[pos], tokens[pos + 1]) &&
    onLine(tokens[pos + 1], tokens[neg])
  );
}

/** "average salary", "salaire moyen": a statistic word next to the pay word at tokens[k]. */
export function isStatistic(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    (onLine(before, tokens[k]) && STATISTIC_WORDS.has(lowerWord(before))) ||
    (onLine(tokens[k], after) && STATISTIC_WORDS.has(lowerWord(after)))
  );
}

/** First words of the first-person phrases, for a cheap test before the phrase match. */
export const FIRST_PERSON_STARTS: ReadonlySet<string> = new Set(
  FIRST_PERSON_PAY.map((p) => p[0] ?? ''),
);

/** "as a staff engineer I make $200k": the writer's own pay starts at tokens[k]. */
export function isFirstPersonPay(tokens: Token[], k: number): boolean {
  return phraseAt(tokens, k, FIRST_PERSON_PAY) > k;
}

/** "my current salary is …": the pay word at tokens[k] ends a first-person phrase. */
export function endsFirstPersonPay(tokens: Token[], k: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const t = tokens[k - back];
    if (t?.kind !== 'word' || !FIRST_PERSON_STARTS.has(lowerOf(t))) continue;
    if (phraseAt(tokens, k - back, FIRST_PERSON_PAY) === k + 1) return true;
  }
  return false;
}
