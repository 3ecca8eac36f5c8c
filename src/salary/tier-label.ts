import type { Candidate } from './candidate.ts';
import { expandCountryCode, looksLikeLocation } from './location-names.ts';
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

const PAY_WORDS = new Set(
  'salary salaries pay compensation range ranges base rate wage wages ote earnings stawka remuneration annual hourly position role job total cash gross'.split(
    ' ',
  ),
);
const HOLDER_WORDS = new Set(
  'residents resident based applicants candidates employees only hires staff workers'.split(' '),
);
const LEADING = /^(?:the\s+)?(?:(?:states?|provinces?|cities|city|countries|country|regions?)\s+of\s+)?/i;
const MAX_LABEL_TOKENS = 14;

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

function hasPayWord(s: string): boolean {
  return words(s).some((w) => PAY_WORDS.has(w));
}

function sameLine(a: Token | undefined, b: Token | undefined, gap = 2): boolean {
  return a !== undefined && b !== undefined && b.kind !== 'nl' && b.start - a.end <= gap;
}

/** A label candidate is kept when it names a place or tier and says nothing about pay. */
function accept(raw: string): string | null {
  const label = raw
    .trim()
    .replace(LEADING, '').replace(/[*_`#]/g, '').replace(/\s+/g, ' ').trim();
  if (!label || label.length > 80 || hasPayWord(label) || !looksLikeLocation(label)) return null;
  return label;
}

/** "(CA, NY, WA)" or "in Colorado" right after the range. */
function suffixLabel(text: string, tokens: Token[], c: Candidate): { label: string; end: number } | null {
  const t = tokens[c.last + 1];
  if (!sameLine(tokens[c.last], t)) return null;
  if (t?.text === '(') {
    for (let k = c.last + 2; k < c.last + MAX_LABEL_TOKENS && k < tokens.length; k++) {
      const u = tokens[k] as Token;
      if (u.kind === 'num' || u.kind === 'nl' || u.kind === 'sym') return null;
      if (u.text !== ')') continue;
      const label = accept(text.slice(t.end, u.start));
      return label ? { label, end: u.end } : null;
    }
    return null;
  }
  if (t?.text !== 'in' && t?.text !== 'for') return null;
  let end = -1;
  for (let k = c.last + 2; k < c.last + MAX_LABEL_TOKENS && k < tokens.length; k++) {
    const u = tokens[k] as Token;
    const capital = u.kind === 'word' && u.text[0] !== u.text[0]?.toLowerCase();
    const joiner = u.text === 'and' || u.text === 'or' || u.text === 'of' || u.text === ',' || u.text === '&';
    const dotted = u.text === '.' && sameLine(tokens[k - 1], u, 0) && tokens[k - 1]?.text.length === 1;
    if (!sameLine(tokens[k - 1], u, 2) || !(capital || joiner || dotted)) break;
    if (end < 0 && !capital) return null;
    if (capital || dotted) end = k;
  }
  const last = tokens[end];
  if (!last) return null;
  const label = accept(text.slice(t.end, last.end));
  return label ? { label, end: last.end } : null;
}

const FUNCTION_WORDS = new Set(['is', 'are', 'for', 'in', 'the', 'this', 'our', 'be', 'will', 'to']);

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
function prefixLabel(text: string, tokens: Token[], c: Candidate): { label: string; start: number } | null {
  const heading = headingEnd(tokens, c.first);
  let j = heading >= 0 ? heading : c.first - 1;
  const colon = tokens[j]?.text === ':' && (heading >= 0 || sameLine(tokens[j], tokens[c.first], 2));
  if (colon) j--;
  let k = j;
  while (k >= 0 && j - k < 8) {
    const u = tokens[k] as Token;
    const dotted = u.text === '.' && tokens[k - 1]?.kind === 'word' && sameLine(tokens[k - 1], u, 0);
    const joined = k === j || sameLine(u, tokens[k + 1], 3);
    if (!(u.kind === 'word' || dotted || u.text === '&') || !joined) break;
    k--;
  }
  const first = tokens[k + 1];
  const last = tokens[j];
  if (!first || !last || k + 1 > j) return null;
  // A heading must be the whole line (bar markdown marks), not the tail of a sentence.
  if (heading >= 0 && !/^[\s*#_`>-]*$/.test(text.slice(text.lastIndexOf('\n', first.start) + 1, first.start))) {
    return null;
  }
  const ws = text.slice(first.start, last.end).split(/\s+/);
  if (ws.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  let n = ws.length;
  let payWords = 0;
  for (; n > 0; n--) {
    const w = ws[n - 1]?.toLowerCase() ?? '';
    if (PAY_WORDS.has(w)) payWords++;
    else if (!HOLDER_WORDS.has(w)) break;
  }
  // Without a colon the label must lead into pay words: "United States Salary Range $…".
  if (n === 0 || (!colon && payWords === 0)) return null;
  const label = accept(ws.slice(0, n).join(' '));
  return label ? { label, start: colon && heading < 0 ? first.start : c.start } : null;
}

/** "The pay range for Colorado is: $…", "… in California, New York City and Washington is …". */
function clauseLabel(text: string, tokens: Token[], c: Candidate): string | null {
  let j = c.first - 1;
  let linked = false;
  while (j >= 0 && c.first - j <= 4) {
    const w = tokens[j]?.text.toLowerCase() ?? '';
    if (w === ':' || w === 'is' || w === 'are') linked = true;
    else if (w !== 'between' && w !== 'from' && w !== 'of') break;
    j--;
  }
  if (!linked) return null;
  for (let k = j; k >= 0 && j - k < MAX_LABEL_TOKENS; k--) {
    const u = tokens[k] as Token;
    if (u.kind === 'nl' || u.kind === 'num' || u.kind === 'sym') return null;
    if (u.text === 'for' || u.text === 'in') {
      const end = tokens[j]?.end ?? u.end;
      return k === j ? null : accept(text.slice(u.end, end));
    }
  }
  return null;
}

export function tierLabel(text: string, tokens: Token[], c: Candidate, currency: string): TierLabel {
  const suffix = suffixLabel(text, tokens, c);
  if (suffix) return { label: expandCountryCode(suffix.label, currency), start: c.start, end: suffix.end };
  const prefix = prefixLabel(text, tokens, c);
  if (prefix) return { label: expandCountryCode(prefix.label, currency), start: prefix.start, end: c.end };
  const clause = clauseLabel(text, tokens, c);
  return { label: clause ? expandCountryCode(clause, currency) : null, start: c.start, end: c.end };
}
