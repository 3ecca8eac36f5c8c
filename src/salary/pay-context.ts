import type { PayPeriod, SalaryBasis } from '../schema/salary.ts';
import type { Candidate } from './candidate.ts';
import type { CueIndex } from './cue-index.ts';
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

/** Last token index before the candidate that its clause may use, and the window's floor. */
function beforeScope(
  tokens: Token[],
  ix: CueIndex,
  c: Candidate,
): { at: number; floor: number; limit: number } {
  let at = c.first - 1;
  // A figure alone on its line takes its heading ("Compensation Range:") from the line above.
  if (at >= 0 && tokens[at]?.kind === 'nl') {
    while (at >= 0 && tokens[at]?.kind === 'nl') at--;
  }
  if (at < 0) return { at, floor: 0, limit: 0 };
  const end = tokens[at]?.end ?? 0;
  return { at, floor: ix.prevBoundary[at] ?? -1, limit: end - WINDOW };
}

function inBefore(tokens: Token[], k: number, floor: number, limit: number): boolean {
  return k >= 0 && k > floor && (tokens[k]?.start ?? -1) >= limit;
}

function inAfter(tokens: Token[], k: number, stop: number, maxEnd: number): boolean {
  return k < stop && k < tokens.length && (tokens[k]?.start ?? Number.POSITIVE_INFINITY) <= maxEnd;
}

export function payVerdict(tokens: Token[], ix: CueIndex, c: Candidate): PayVerdict {
  const { at, floor, limit } = beforeScope(tokens, ix, c);
  const pos = at >= 0 ? (ix.prevPos[at] ?? -1) : -1;
  const neg = at >= 0 ? (ix.prevNeg[at] ?? -1) : -1;
  const period = at >= 0 ? (ix.prevPeriod[at] ?? -1) : -1;
  const basisBefore = at >= 0 ? (ix.prevBasis[at] ?? -1) : -1;
  const posBefore = inBefore(tokens, pos, floor, limit);
  const negBefore = inBefore(tokens, neg, floor, limit) && (!posBefore || neg > pos);

  const start = c.last + 1;
  const n = tokens.length;
  const stop = start < n ? (ix.nextStop[start] ?? n) : n;
  const maxEnd = c.end + AFTER_WINDOW;
  const posAfter = start < n && inAfter(tokens, ix.nextPos[start] ?? n, stop, maxEnd);
  const negAfterAt = start < n ? (ix.nextNeg[start] ?? n) : n;
  const basisAfter = start < n ? (ix.nextBasis[start] ?? n) : n;

  let negative: string | null = null;
  if (negBefore) negative = tokens[neg]?.text ?? 'not pay';
  else if (inAfter(tokens, negAfterAt, stop, maxEnd))
    negative = tokens[negAfterAt]?.text ?? 'not pay';
  let basis: SalaryBasis = 'base';
  if (inAfter(tokens, basisAfter, stop, maxEnd)) basis = ix.basis.get(basisAfter) ?? 'base';
  else if (inBefore(tokens, basisBefore, floor, limit)) basis = ix.basis.get(basisBefore) ?? 'base';
  return {
    positive: posBefore || posAfter,
    negative,
    basis,
    leadingPeriod: inBefore(tokens, period, floor, limit) ? (ix.period.get(period) ?? null) : null,
  };
}
