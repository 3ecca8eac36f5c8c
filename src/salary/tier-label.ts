import type { Candidate } from './candidate.ts';
import { clauseLabel, openingLabel } from './clause-label.ts';
import {
  acceptLabel,
  FUNCTION_WORDS,
  HOLDER_WORDS,
  MAX_LABEL_TOKENS,
  PAY_WORDS,
  sameLine,
} from './label-words.ts';
import { looksLikeLocation, namesTier } from './location-names.ts';
import type { Token } from './tokenize.ts';

/**
 * The location or tier a range is stated for, from the words that introduce or follow it
 * on the same line: "Zone A: $…", "$… in Colorado", "$… (CA, NY, WA)", "The pay range for
 * Colorado is: $…", "United States Salary Range $…". Every look-around is a bounded number
 * of tokens.
 */
export interface TierLabel {
  label: string | null;
  /** The span of the range's text, widened when the label is part of the same phrase. */
  start: number;
  end: number;
}

/** "(CA, NY, WA)" or "in Colorado" right after the range. */
function suffixLabel(
  text: string,
  tokens: Token[],
  c: Candidate,
): { label: string; end: number } | null {
  const t = tokens[c.last + 1];
  if (!sameLine(tokens[c.last], t)) return null;
  if (t?.text === '(') {
    for (let k = c.last + 2; k < c.last + MAX_LABEL_TOKENS && k < tokens.length; k++) {
      const u = tokens[k] as Token;
      if (u.kind === 'nl' || u.kind === 'sym') return null;
      if (u.text !== ')') continue;
      const label = acceptLabel(text.slice(t.end, u.start));
      return label ? { label, end: u.end } : null;
    }
    return null;
  }
  if (t?.text !== 'in' && t?.text !== 'for') return null;
  let end = -1;
  for (let k = c.last + 2; k < c.last + MAX_LABEL_TOKENS && k < tokens.length; k++) {
    const u = tokens[k] as Token;
    const capital = u.kind === 'word' && u.text[0] !== u.text[0]?.toLowerCase();
    const joiner =
      u.text === 'and' || u.text === 'or' || u.text === 'of' || u.text === ',' || u.text === '&';
    const dotted =
      u.text === '.' && sameLine(tokens[k - 1], u, 0) && tokens[k - 1]?.text.length === 1;
    if (!sameLine(tokens[k - 1], u, 2) || !(capital || joiner || dotted)) break;
    if (end < 0 && !capital) return null;
    if (capital || dotted) end = k;
  }
  const last = tokens[end];
  if (!last) return null;
  const label = acceptLabel(text.slice(t.end, last.end));
  return label ? { label, end: last.end } : null;
}

const MARKS = new Set(['*', '#', '_', '`', '>', '-']);
/** What may stand before a place that labels the range after it: a clause start or a tier separator. */
const OPENERS = new Set([':', '/', '|', ';', ',', '•', '·']);

/** True when only markdown marks stand between tokens[k] and the start of its line. */
function startsLine(tokens: Token[], k: number): boolean {
  for (let i = k; i > k - 6; i--) {
    const t = tokens[i];
    if (!t || t.kind === 'nl') return true;
    if (!MARKS.has(t.text)) return false;
  }
  return false;
}

/** Index of the last token of the line above, when the range starts its own line; else -1. */
function headingEnd(tokens: Token[], first: number): number {
  let j = first - 1;
  if (tokens[j]?.kind !== 'nl') return -1;
  while (j >= 0 && tokens[j]?.kind === 'nl') j--;
  return j;
}

/**
 * Words right before the range, back to punctuation: "United States Residents: $…",
 * "US: $…", "United States Salary Range $…"; or the heading line above a range that stands
 * on its own line.
 */
function prefixLabel(
  text: string,
  tokens: Token[],
  c: Candidate,
): { label: string; start: number } | null {
  const heading = headingEnd(tokens, c.first);
  let j = heading >= 0 ? heading : c.first - 1;
  const colon =
    tokens[j]?.text === ':' && (heading >= 0 || sameLine(tokens[j], tokens[c.first], 2));
  if (colon) j--;
  let k = j;
  while (k >= 0 && j - k < 8) {
    const u = tokens[k] as Token;
    const dotted =
      u.text === '.' && tokens[k - 1]?.kind === 'word' && sameLine(tokens[k - 1], u, 0);
    const joined = k === j || sameLine(u, tokens[k + 1], 3);
    const part = u.kind === 'word' || dotted || u.text === '&' || u.text === '(' || u.text === ')';
    if (!part || !joined) break;
    k--;
  }
  const first = tokens[k + 1];
  const last = tokens[j];
  if (!first || !last || k + 1 > j) return null;
  // A heading must be the whole line (bar markdown marks), not the tail of a sentence.
  if (heading >= 0 && !startsLine(tokens, k)) return null;
  const ws = text.slice(first.start, last.end).split(/\s+/);
  if (ws.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  let n = ws.length;
  let payWords = 0;
  let holders = 0;
  for (; n > 0; n--) {
    const w = ws[n - 1]?.toLowerCase() ?? '';
    if (PAY_WORDS.has(w)) payWords++;
    else if (HOLDER_WORDS.has(w)) holders++;
    else break;
  }
  // Without a colon the label must lead into pay words ("United States Salary Range $…"),
  // name a tier ("All other US locations"), or be a place alone that opens its clause or
  // follows another tier's range ("Pay: U.S. 93,200–179,200 / California 123,700–179,200");
  // "US based applicants only" is an eligibility note.
  const words = ws.slice(0, n).join(' ');
  const tierHeading = heading >= 0 && holders === 0 && namesTier(words);
  const opener = tokens[k];
  const placeInList =
    heading < 0 &&
    payWords === 0 &&
    n === ws.length &&
    (!opener || opener.kind === 'nl' || OPENERS.has(opener.text)) &&
    looksLikeLocation(words);
  if (n === 0 || (!colon && payWords === 0 && !tierHeading && !placeInList)) return null;
  const label = acceptLabel(ws.slice(0, n).join(' '));
  return label ? { label, start: colon && heading < 0 ? first.start : c.start } : null;
}

/** The label as written (country codes are expanded later, once the currency is known). */
export function tierLabel(text: string, tokens: Token[], c: Candidate): TierLabel {
  const suffix = suffixLabel(text, tokens, c);
  if (suffix) return { label: suffix.label, start: c.start, end: suffix.end };
  const prefix = prefixLabel(text, tokens, c);
  if (prefix) return { label: prefix.label, start: prefix.start, end: c.end };
  const clause = clauseLabel(text, tokens, c) ?? openingLabel(text, tokens, c);
  return { label: clause, start: c.start, end: c.end };
}
