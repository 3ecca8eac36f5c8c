/**
 * Runs of letters, as `split(/[^\p{L}]+/u)` gives them. An ASCII-only string (the usual
 * label) is split by the plain ASCII pattern: the same answer, without the Unicode tables.
 */
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_LETTERS = /[^\p{L}]+/u;
const NOT_ASCII_LETTERS = /[^A-Za-z]+/;
const NOT_LETTERS_OR_DOTS = /[^\p{L}.]+/u;
const NOT_ASCII_LETTERS_OR_DOTS = /[^A-Za-z.]+/;

export function letterWords(s: string): string[] {
  return s.split(NON_ASCII.test(s) ? NOT_LETTERS : NOT_ASCII_LETTERS);
}

/** Runs of letters and dots ("U.S."), as `split(/[^\p{L}.]+/u)` gives them. */
export function letterDotWords(s: string): string[] {
  return s.split(NON_ASCII.test(s) ? NOT_LETTERS_OR_DOTS : NOT_ASCII_LETTERS_OR_DOTS);
}
