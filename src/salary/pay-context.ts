import type { PayPeriod, SalaryBasis } from '../schema/salary.ts';
import type { Candidate } from './candidate.ts';
import { BOUNDARY, type CueIndex, HAS_BASIS, HAS_PERIOD, NEG, POS, STOP } from './cue-index.ts';
import { joinsPackage, labelsPackage } from './package-cues.ts';
import type { Token } from './tokenize.ts';

/**
 * Whether the words around a figure make it pay: cues at most WINDOW chars before it in the
 * same clause (the nearest one decides between pay and not-pay), and cues in the phrase
 * right after it (up to AFTER_WINDOW chars, until "+", "plus", ",", a new clause).
 */
export const WINDOW = 60;
export const AFTER_WINDOW = 40;

export interface PayVerdict {
  /** A word near the figure says pay. */
  positive: boolean;
  /** A word near the figure says it is not base pay (bonus, stipend, funding...), or null. */
  negative: string | null;
  basis: SalaryBasis;
  /** A period stated before the figure in the same clause ("hourly rate: $25-$30"). */
  leadingPeriod: PayPeriod | null;
}

const marked = (c: Candidate) => c.code !== null || c.dollar || c.weakCode !== null;

/** Bare figures joined to a package are pay only when round: "90000 - 105000", not a zip code. */
function roundThousands(c: Candidate): boolean {
  return [c.min, c.max].every((v) => v === null || (v >= 1000 && v % 1000 === 0));
}

export function payVerdict(tokens: Token[], ix: CueIndex, c: Candidate): PayVerdict {
  // Before: the clause up to the candidate, at most WINDOW chars. A figure alone on its line
  // takes its heading ("Compensation Range:") from the line above.
  let at = c.first - 1;
  while (at >= 0 && tokens[at]?.kind === 'nl') at--;
  let pos = -1;
  let neg = -1;
  let period = -1;
  let basisBefore = -1;
  if (at >= 0) {
    const limit = (tokens[at]?.end ?? 0) - WINDOW;
    for (let k = at; k >= 0; k--) {
      if ((tokens[k]?.start ?? -1) < limit) break;
      const f = ix.at(k);
      if (f & BOUNDARY) break;
      if (pos < 0 && f & POS) pos = k;
      if (neg < 0 && f & NEG) neg = k;
      if (period < 0 && f & HAS_PERIOD) period = k;
      if (basisBefore < 0 && f & HAS_BASIS) basisBefore = k;
    }
  }
  const posBefore = pos >= 0;
  const negBefore = neg >= 0 && (!posBefore || (neg > pos && !labelsPackage(tokens, pos, neg)));

  // After: the phrase after the candidate, up to a stop ("+", "plus", ",", a new clause)
  // and at most AFTER_WINDOW chars past its end.
  const maxEnd = c.end + AFTER_WINDOW;
  let posAfter = false;
  let negAfter = -1;
  let basisAfter = -1;
  let depth = 0;
  for (let k = c.last + 1; k < tokens.length; k++) {
    if ((tokens[k]?.start ?? Number.POSITIVE_INFINITY) > maxEnd) break;
    // The next figure starts a phrase of its own ("$80k per year, $10k sign-on bonus"), unless
    // it restates this one in brackets ("$500/month ($6,000/year) bonus").
    const t = tokens[k];
    if (t?.text === '(') depth++;
    else if (t?.text === ')') depth--;
    else if (t?.kind === 'num' && depth <= 0) break;
    const f = ix.at(k);
    if (f & STOP) {
      // "$150k + 1% equity", "90000 - 105000 plus bonus": pay stated with its package.
      if (depth <= 0 && joinsPackage(tokens, k) && (marked(c) || roundThousands(c))) {
        posAfter = true;
      }
      break;
    }
    if (f & POS) posAfter = true;
    if (negAfter < 0 && f & NEG) negAfter = k;
    if (basisAfter < 0 && f & HAS_BASIS) basisAfter = k;
  }

  let negative: string | null = null;
  if (negBefore) negative = tokens[neg]?.text ?? 'not pay';
  else if (negAfter >= 0) negative = tokens[negAfter]?.text ?? 'not pay';
  let basis: SalaryBasis = 'base';
  if (basisAfter >= 0) basis = ix.basis.get(basisAfter) ?? 'base';
  else if (basisBefore >= 0) basis = ix.basis.get(basisBefore) ?? 'base';
  return {
    positive: posBefore || posAfter,
    negative,
    basis,
    leadingPeriod: period >= 0 ? (ix.period.get(period) ?? null) : null,
  };
}
