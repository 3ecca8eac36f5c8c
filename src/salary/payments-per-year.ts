import type { Candidate } from './candidate.ts';
import { parseNumeral } from './parse-number.ts';
import { PAYMENTS_PER_YEAR, type Phrase } from './pay-lexicon.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * "2 950 € brut mensuel sur 13 mois", "2.000 € al mes x 14 pagas": a monthly salary paid
 * more than twelve times a year. The figure stays monthly; its annual figure is the monthly
 * one times this count.
 */

/** Counts of yearly payments that exist (a 13th and 14th month, rarely more). */
const MIN_PAYMENTS = 12;
const MAX_PAYMENTS = 16;
/** How far after the figure the phrase may start, in tokens, on the same line. */
const REACH = 6;

function countAt(t: Token | undefined): number | null {
  if (t?.kind !== 'num') return null;
  const n = parseNumeral(t.text);
  if (!n || n.decimals > 0 || n.value < MIN_PAYMENTS || n.value > MAX_PAYMENTS) return null;
  return n.value;
}

/** The count when `p` matches at tokens[i] (all on one line), else null. */
function matchAt(tokens: Token[], i: number, p: Phrase): number | null {
  let count: number | null = null;
  for (let w = 0; w < p.length; w++) {
    const t = tokens[i + w];
    if (!t || t.kind === 'nl') return null;
    if (p[w] === COUNT) {
      count = countAt(t);
      if (count === null) return null;
    } else if (t.kind !== 'word' || lowerOf(t) !== p[w]) {
      return null;
    }
  }
  return count;
}

/** Where a phrase's count stands, in PAYMENTS_PER_YEAR. */
const COUNT = '#';

/**
 * PAYMENTS_PER_YEAR by first word, table order kept: a token tries only the phrases that can
 * start with it (a word its own, a number those that open with the count).
 */
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PAYMENTS_PER_YEAR) {
  const first = p[0] ?? '';
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), p]);
}
const NONE: readonly Phrase[] = [];

function phrasesStartingAt(t: Token): readonly Phrase[] {
  if (t.kind === 'num') return BY_FIRST.get(COUNT) ?? NONE;
  return t.kind === 'word' ? (BY_FIRST.get(lowerOf(t)) ?? NONE) : NONE;
}

/** How many monthly payments a year the words after the figure state, or null. */
export function paymentsPerYear(tokens: Token[], c: Candidate): number | null {
  const stop = Math.min(tokens.length, c.last + 1 + REACH);
  for (let i = c.last + 1; i < stop; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'nl' || t.text === ';' || t.text === '|') return null;
    for (const p of phrasesStartingAt(t)) {
      const n = matchAt(tokens, i, p);
      if (n !== null) return n;
    }
  }
  return null;
}
