import type { Candidate } from './candidate.ts';
import { APPROXIMATELY } from './pay-lexicon.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * Figures that only restate pay already read: the same pay converted in brackets right after
 * it ("€50,000 (approx. $54,000)", "$4,000/month ($48,000/year)"), and a job board's summary
 * chip at the top of the page ("💰 65k-95k USD"), which the board computes from its own
 * fields and sometimes gets wrong (a sum, a conversion, a figure the posting never states):
 * the body states the pay itself when the posting has any.
 */

const OPEN = new Set(['(', '[']);
const FILLER_MARKS = new Set(['~', '≈', '=', ':', '.', 'c', 'i', 'e']);
const MAX_LEAD = 3;
/** The summary chip sits in the page's first lines. */
const TOP_CHARS = 600;
const CHIP = '💰';
/** The chip's figure follows the emoji at once. */
const CHIP_REACH = 6;

/** Whether c sits in brackets opened right after the pay figure ending at token prevLast. */
export function bracketRestatement(tokens: Token[], prevLast: number, c: Candidate): boolean {
  if (prevLast < 0) return false;
  const open = tokens[prevLast + 1];
  const prev = tokens[prevLast];
  if (!open || !prev || !OPEN.has(open.text) || open.start - prev.end > 2) return false;
  let k = prevLast + 2;
  for (let n = 0; n < MAX_LEAD && k < c.first; n++, k++) {
    const t = tokens[k] as Token;
    const w = lowerOf(t);
    if (!APPROXIMATELY.has(w) && !FILLER_MARKS.has(w)) return false;
  }
  return k === c.first;
}

/** Whether the figure at `start` (offset in `text`) follows a board's summary chip on a top line. */
export function boardSummary(text: string, start: number, offset: number): boolean {
  if (offset + start > TOP_CHARS) return false;
  const chip = text.lastIndexOf(CHIP, start);
  return chip >= 0 && start - chip <= CHIP_REACH && !text.slice(chip, start).includes('\n');
}
