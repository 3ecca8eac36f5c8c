import { makesToken, type Token, tokenize } from './tokenize.ts';

const DIGIT = /[0-9]/g;

/**
 * The tokens of the lines a range can be read from, in text order: every line with a digit,
 * and before it the line above (the nearest one with a token: a range alone on its line
 * takes its heading or its pay words from there) and the line break before that. Every
 * look-around of the range grammar, the pay context and the tier labels stays within a
 * range's line and that line above, and stops at a line break, so the result is the same as
 * for the whole text; the prose between figures is never tokenized. A posting's figures sit
 * on a third to a half of its lines.
 */
export function figureLineTokens(text: string): Token[] {
  const out: Token[] = [];
  // The block being collected [blockFrom, blockTo), and where the line above the next line
  // starts (-1: no line with a token yet).
  let blockFrom = -1;
  let blockTo = -1;
  let lastFull = -1;
  // Where the next digit is (found by the regex engine's fast scan, once per digit line).
  let nextDigit = -1;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    if (nextDigit < start) {
      // test() moves lastIndex past the one-char match without building a match array.
      DIGIT.lastIndex = start;
      nextDigit = DIGIT.test(text) ? DIGIT.lastIndex - 1 : text.length;
    }
    const digit = nextDigit < end;
    let full = digit;
    for (let k = start; k < end && !full; k++) full = makesToken(text.charCodeAt(k));
    if (digit) {
      // From the line break before the line above (or the text start) to this line's break.
      const from = lastFull < 0 ? 0 : Math.max(0, lastFull - 1);
      if (blockFrom >= 0 && from <= blockTo) {
        blockTo = next;
      } else {
        if (blockFrom >= 0) tokenize(text, blockFrom, blockTo, out);
        blockFrom = from;
        blockTo = next;
      }
    }
    if (full) lastFull = start;
    start = next;
  }
  if (blockFrom >= 0) tokenize(text, blockFrom, blockTo, out);
  return out;
}
