import { letterWords } from '../text/letter-words.ts';
import { looksLikeLocation } from './location-names.ts';
import type { Token } from './tokenize.ts';

/** The words a location/tier label may carry around it, and the test a label must pass. */

/** Words about pay: a label never contains them ("Base part", "Compensation Range"). */
export const PAY_WORDS = new Set(
  (
    'salary salaries pay compensation range ranges base rate wage wages ote earnings stawka ' +
    'remuneration annual hourly position role job total cash gross'
  ).split(' '),
);

/** Who the tier is for: dropped from the end of a label ("Canada Residents" -> "Canada"). */
export const HOLDER_WORDS = new Set(
  'residents resident based applicants candidates employees only hires staff workers'.split(' '),
);

/** Sentence glue: a label before a colon never has them ("… Washington is:" is a clause). */
export const FUNCTION_WORDS = new Set([
  'is',
  'are',
  'for',
  'in',
  'the',
  'this',
  'our',
  'be',
  'will',
  'to',
]);

const LEADING =
  /^(?:the\s+)?(?:(?:states?|provinces?|cities|city|countries|country|regions?)\s+of\s+)?/i;

export const MAX_LABEL_TOKENS = 14;

function hasPayWord(s: string): boolean {
  for (const w of letterWords(s.toLowerCase())) if (PAY_WORDS.has(w)) return true;
  return false;
}

export function sameLine(a: Token | undefined, b: Token | undefined, gap = 2): boolean {
  return a !== undefined && b !== undefined && b.kind !== 'nl' && b.start - a.end <= gap;
}

/** The cleaned label when it names a place or tier and says nothing about pay, else null. */
export function acceptLabel(raw: string): string | null {
  const label = raw
    .trim()
    .replace(LEADING, '')
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!label || label.length > 80 || hasPayWord(label) || !looksLikeLocation(label)) return null;
  return label;
}
