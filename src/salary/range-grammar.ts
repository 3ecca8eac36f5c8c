import type { Amount } from './amount.ts';
import { readAmount, readPeriod } from './amount.ts';
import type { Candidate } from './candidate.ts';
import {
  ARTICLES,
  CONNECTORS,
  FILLERS,
  OPEN_MAX,
  OPEN_MAX_AFTER,
  OPEN_MIN,
  PAIRED_CONNECTORS,
  type Phrase,
} from './pay-lexicon.ts';
import { phraseAt, phraseBefore } from './phrase-match.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * How amounts combine into ranges: "A - B", "A to B", "between A and B", "od A do B",
 * "von A bis B", glued "$A$B", open bounds ("up to B", "from A", "A to Competitive", "A+"),
 * and an open minimum followed in the same sentence by an open maximum ("starts at A, rising
 * to B"). The words come from the language tables (pay-lexicon.ts).
 */

const OPEN_MAX_WORDS = new Set(['competitive', 'negotiable', 'doe']);
/** A range whose ends differ more than this is two unrelated numbers, not a pay band. */
const MAX_SPREAD = 10;

function lower(t: Token | undefined): string {
  return t?.kind === 'word' ? lowerOf(t) : '';
}

function sameLine(a: Token | undefined, b: Token | undefined, gap: number): boolean {
  return a !== undefined && b !== undefined && b.kind !== 'nl' && b.start - a.end <= gap;
}

/** The word before tokens[i] on the same line, lower-cased ('' when none). */
function wordBefore(tokens: Token[], i: number, back = 1): string {
  const t = tokens[i - back];
  const after = tokens[i - back + 1];
  return t && sameLine(t, after, 3) ? lower(t) : '';
}

interface OpenBound {
  /** Which bound stays open. */
  open: 'min' | 'max';
  /** How many tokens before the amount state it ("up to" = 2), 0 when not adjacent. */
  words: number;
  /** Stated by a label alone on the line above ("Min"). */
  label?: boolean;
}

/** Markdown emphasis ("**od 30 zł**") and a dot or colon ("min. 50,000") between words and figure. */
function leadSkip(tokens: Token[], first: number): number {
  let skip = 0;
  while (skip < 3) {
    const p = tokens[first - 1 - skip]?.text;
    if (p !== '*' && p !== '_' && !(skip === 0 && (p === '.' || p === ':'))) break;
    skip++;
  }
  return skip;
}

/** Blank lines hold at most this many chars (spaces); a longer gap is a line not tokenized. */
const BLANK_LINE = 4;

/**
 * Index of the first token after the line breaks at tokens[k], or -1 when tokens[k] is no
 * line break or a line with words lies between them (the figure lines leave prose out).
 */
function pastBlankLines(tokens: Token[], k: number): number {
  if (tokens[k]?.kind !== 'nl') return -1;
  let j = k;
  while (tokens[j + 1]?.kind === 'nl') {
    if ((tokens[j + 1] as Token).start - (tokens[j] as Token).end > BLANK_LINE) return -1;
    j++;
  }
  return j + 1;
}

/** Index of the last token on the line above tokens[i] (blank lines skipped), or -1. */
function lineAbove(tokens: Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.kind !== 'nl') return -1;
  while (tokens[k]?.kind === 'nl') k--;
  return k;
}

/** Whether tokens[from, to] is one phrase of `phrases` and a colon at most. */
function isLabel(tokens: Token[], from: number, to: number, phrases: readonly Phrase[]): boolean {
  const end = tokens[to]?.text === ':' ? to : to + 1;
  return end > from && phraseAt(tokens, from, phrases) === end;
}

/**
 * "Min" or "Maximum:" alone on the line above the amount: a label the board puts over each
 * bound. Which bound it names, or null.
 */
function labelAbove(tokens: Token[], first: number): OpenBound | null {
  const last = lineAbove(tokens, first);
  if (last < 0) return null;
  let from = last;
  while (from > 0 && tokens[from - 1]?.kind !== 'nl') from--;
  if (last - from > 3) return null;
  if (isLabel(tokens, from, last, OPEN_MAX)) return { open: 'max', words: 0, label: true };
  if (isLabel(tokens, from, last, OPEN_MIN)) return { open: 'min', words: 0, label: true };
  return null;
}

/** ">= $150k", "≤ 40 €/h": a comparison sign before the amount, as the tokens of one sign. */
const AT_LEAST: readonly string[][] = [['≥'], ['>', '=']];
const AT_MOST: readonly string[][] = [['≤'], ['<', '=']];

/** Tokens of the sign in `signs` that ends right before tokens[first] (touching), or 0. */
function signBefore(tokens: Token[], first: number, signs: readonly string[][]): number {
  for (const sign of signs) {
    const from = first - sign.length;
    let ok = from >= 0;
    for (let k = 0; k < sign.length && ok; k++) {
      const t = tokens[from + k];
      ok =
        t !== undefined && t.text === sign[k] && (k === 0 || t.start === tokens[from + k - 1]?.end);
    }
    if (ok && sameLine(tokens[first - 1], tokens[first], 2)) return sign.length;
  }
  return 0;
}

const BOUND_WORD_LENGTH = 'minimum'.length;

/** Open-bound words just before an amount: "up to", "from", "bis zu", "à partir de", "od". */
function openBound(tokens: Token[], first: number): OpenBound | null {
  const least = signBefore(tokens, first, AT_LEAST);
  if (least > 0) return { open: 'max', words: least };
  const most = signBefore(tokens, first, AT_MOST);
  if (most > 0) return { open: 'min', words: most };
  const skip = leadSkip(tokens, first);
  const toMax = phraseBefore(tokens, first - skip, OPEN_MIN);
  const toMin = phraseBefore(tokens, first - skip, OPEN_MAX);
  if (toMax > 0 && toMax >= toMin) return { open: 'min', words: toMax + skip };
  if (toMin > 0) return { open: 'max', words: toMin + skip };
  const label = labelAbove(tokens, first);
  if (label) return label;
  // "the minimum salary is 29.000 €": the bound word a few words earlier (both words have
  // seven letters, in any case: other words are not lower-cased).
  for (let back = 2; back <= 5; back++) {
    if (tokens[first - back]?.text.length !== BOUND_WORD_LENGTH) continue;
    const w = wordBefore(tokens, first, back);
    if (w === 'minimum') return { open: 'max', words: 0 };
    if (w === 'maximum') return { open: 'min', words: 0 };
  }
  return null;
}

const NO_PHRASES: readonly Phrase[] = [];

/** OPEN_MAX_AFTER by first word, table order kept: only the phrases of the next token are tried. */
const OPEN_MAX_AFTER_BY_FIRST = new Map<string, Phrase[]>();
for (const p of OPEN_MAX_AFTER) {
  const first = p[0] ?? '';
  OPEN_MAX_AFTER_BY_FIRST.set(first, [...(OPEN_MAX_AFTER_BY_FIRST.get(first) ?? []), p]);
}

/** "$160 per hour and up", "1,750円～": words after the amount that leave the maximum open. */
function openAfter(tokens: Token[], a: Amount): number {
  const next = tokens[a.last + 1];
  if (!next) return -1;
  for (const p of OPEN_MAX_AFTER_BY_FIRST.get(lowerOf(next)) ?? NO_PHRASES) {
    let k = a.last + 1;
    let ok = true;
    for (const w of p) {
      const t = tokens[k];
      ok = t !== undefined && sameLine(tokens[k - 1], t, 2) && lowerOf(t) === w;
      if (!ok) break;
      k++;
    }
    if (ok) return k - 1;
  }
  return -1;
}

/** "$120k+": a lone figure with a plus means "from". */
function plusBound(tokens: Token[], a: Amount): OpenBound | null {
  const plus = tokens[a.last + 1];
  if (plus?.text !== '+' || plus.start !== tokens[a.last]?.end) return null;
  return tokens[a.last + 2]?.kind === 'num' ? null : { open: 'max', words: 0 };
}

/**
 * "… the starting base pay is between:" then the range on the next line: an opener that ends
 * the line above, before a colon.
 */
function openerAbove(tokens: Token[], i: number, openers: ReadonlySet<string>): boolean {
  let k = i - 1;
  if (tokens[k]?.kind !== 'nl') return false;
  while (tokens[k]?.kind === 'nl') k--;
  if (tokens[k]?.text !== ':') return false;
  return openers.has(lower(tokens[k - 1]));
}

/** Whether an opener ("entre", "zwischen", "od"), maybe with its article, comes before tokens[i]. */
function hasOpener(tokens: Token[], i: number, openers: ReadonlySet<string>): boolean {
  const w1 = wordBefore(tokens, i);
  if (openers.has(w1)) return true;
  if (ARTICLES.has(w1) && openers.has(wordBefore(tokens, i, 2))) return true;
  return openerAbove(tokens, i, openers);
}

/** Index of the connector after amount a ("-", "to", "bis", "à", "and" after "between"), or -1. */
function connectorAt(tokens: Token[], a: Amount): number {
  let j = a.last + 1;
  // "€60,000 EUR Gross - up to €65,000": a word or two may sit before the connector.
  while (
    j - a.last <= 2 &&
    FILLERS.has(lower(tokens[j])) &&
    sameLine(tokens[j - 1], tokens[j], 2)
  ) {
    j++;
  }
  const c = tokens[j];
  if (!sameLine(tokens[j - 1], c, 3) || !c) return -1;
  if (c.kind === 'dash') return j;
  const w = lower(c);
  if (CONNECTORS.has(w)) return j;
  const openers = PAIRED_CONNECTORS.get(w);
  return openers && hasOpener(tokens, a.first - leadSkip(tokens, a.first), openers) ? j : -1;
}

function stepOf(a: Amount): number {
  return a.multiplier ? a.multiplier.factor / 10 ** a.decimals : 1;
}

/** The candidate for one amount (a, b = a) or a range of two; no closures, it runs per figure. */
function build(
  tokens: Token[],
  a: Amount,
  b: Amount | null,
  min: number | null,
  max: number | null,
): Candidate {
  const last = b ?? a;
  const code = a.code ?? b?.code ?? null;
  const indian =
    a.multiplier?.indian === true ||
    b?.multiplier?.indian === true ||
    a.indian === true ||
    b?.indian === true;
  return {
    first: a.first,
    last: last.last,
    start: tokens[a.first]?.start ?? 0,
    end: tokens[last.last]?.end ?? 0,
    min,
    max,
    minStep: stepOf(a),
    maxStep: stepOf(last),
    amounts: b ? [a, b] : [a],
    isRange: b !== null,
    code,
    dollar: code === null && (a.dollar || b?.dollar === true),
    weakCode: a.weakCode ?? b?.weakCode ?? (indian ? 'INR' : null),
    period: last.period ?? a.period,
  };
}

/** "$170-225K", "20 to 45 lakhs": a multiplier written on one end applies to both. */
function pairValues(a: Amount, b: Amount): [number, number] | null {
  let fa = a.multiplier?.factor ?? 1;
  let fb = b.multiplier?.factor ?? 1;
  if (!a.multiplier && b.multiplier && a.value <= b.value) fa = fb;
  if (a.multiplier && !b.multiplier && b.value < 1000 && b.value >= a.value) fb = fa;
  const min = a.value * fa;
  const max = b.value * fb;
  if (!(min > 0 && max >= min && max <= min * MAX_SPREAD)) return null;
  // Two different currencies cannot be one range.
  if (a.code && b.code && a.code !== b.code) return null;
  return [min, max];
}

/** Reads the candidate starting at tokens[i], or null. */
export function readCandidate(tokens: Token[], i: number): Candidate | null {
  const a = readAmount(tokens, i);
  if (!a) return null;
  const aValue = a.value * (a.multiplier?.factor ?? 1);
  const conn = connectorAt(tokens, a);
  // Glued: "$172,500$258,700" (markup between the two figures was lost).
  const next = tokens[a.last + 1];
  const glued = conn < 0 && next?.kind === 'sym' && next.start === tokens[a.last]?.end;
  if (conn >= 0 || glued) {
    let k = glued ? a.last + 1 : conn + 1;
    // "- up to €65,000", "y los 45.000", "ed i € 40k"
    const upTo = phraseAt(tokens, k, OPEN_MIN);
    if (upTo > k) k = upTo;
    if (ARTICLES.has(lower(tokens[k])) && tokens[k + 1]?.kind !== 'word') k++;
    while (tokens[k]?.text === '*' || tokens[k]?.text === '_') k++;
    const b = sameLine(tokens[k - 1], tokens[k], 3) ? readAmount(tokens, k) : null;
    const pair = b ? pairValues(a, b) : null;
    if (b && pair) return build(tokens, a, b, pair[0], pair[1]);
    if (!b && OPEN_MAX_WORDS.has(lower(tokens[k]))) {
      const c = build(tokens, a, null, aValue, null);
      const p = sameLine(tokens[k], tokens[k + 1], 2) ? readPeriod(tokens, k + 1) : null;
      c.last = p ? p.next - 1 : k;
      c.end = tokens[c.last]?.end ?? c.end;
      c.period = (p ? p.period : null) ?? c.period;
      c.isRange = true;
      return c;
    }
  }
  const side = sideBySide(tokens, a);
  if (side) return side;
  const after = openAfter(tokens, a);
  if (after >= 0) {
    const c = build(tokens, a, null, aValue, null);
    c.last = after;
    c.end = tokens[after]?.end ?? c.end;
    return c;
  }
  const before = openBound(tokens, a.first);
  const bound = before ?? plusBound(tokens, a);
  if (!bound) return build(tokens, a, null, aValue, aValue);
  const c =
    bound.open === 'min'
      ? build(tokens, a, null, null, aValue)
      : build(tokens, a, null, aValue, null);
  if (!before) {
    c.last++;
    c.end = tokens[c.last]?.end ?? c.end;
  }
  if (bound.words > 0) {
    c.first = a.first - bound.words;
    c.start = tokens[c.first]?.start ?? c.start;
  }
  if (before?.open !== 'max') return c;
  return (before.label ? closeBelow(tokens, c, a) : closeLater(tokens, c, a)) ?? c;
}

/**
 * "Min\n$75,000\nMax\n$95,000": a minimum under its label line, followed at once by the
 * maximum under its own label line, is one range.
 */
function closeBelow(tokens: Token[], c: Candidate, a: Amount): Candidate | null {
  let k = c.last + 1;
  if (tokens[k]?.text === '.') k++;
  k = pastBlankLines(tokens, k);
  let end = k;
  while (end < tokens.length && tokens[end]?.kind !== 'nl' && end - k <= 3) end++;
  if (k < 0 || !isLabel(tokens, k, end - 1, OPEN_MIN)) return null;
  end = pastBlankLines(tokens, end);
  const b = end < 0 ? null : readAmount(tokens, end);
  const pair = b ? pairValues(a, b) : null;
  if (!b || !pair || pair[1] <= pair[0]) return null;
  const r = build(tokens, a, b, pair[0], pair[1]);
  r.first = c.first;
  r.start = c.start;
  return r;
}

/** The digit grouping of a written figure: "55,000.00" and "173,000.00" are both "#,#.#". */
function shapeOf(text: string): string {
  return text.replace(/[0-9]+/g, '#');
}

/**
 * "Salary: $ 55,000.00 173,000.00 Per Year": a job board prints the bounds side by side with
 * no connector. Two figures of the same written shape (grouped, with cents), the first with a
 * currency and the second larger, one space apart, are one range.
 */
function sideBySide(tokens: Token[], a: Amount): Candidate | null {
  if (a.code === null && !a.dollar) return null;
  if (a.decimals !== 2 || a.multiplier !== null || a.last !== a.numIndex) return null;
  const next = tokens[a.last + 1];
  const num = tokens[a.numIndex] as Token;
  if (next?.kind !== 'num' || next.start - num.end > 2) return null;
  if (shapeOf(next.text) !== shapeOf(num.text) || !/[,.' ]\d{3}[,.]/.test(num.text)) return null;
  const b = readAmount(tokens, a.last + 1);
  const pair = b ? pairValues(a, b) : null;
  return b && pair && pair[1] > pair[0] ? build(tokens, a, b, pair[0], pair[1]) : null;
}

/** How far after an open minimum its maximum may follow, in tokens. */
const CLOSE_REACH = 24;

function endsSentence(t: Token): boolean {
  if (t.kind === 'nl') return true;
  return (
    t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '|' || t.text === '!')
  );
}

/**
 * "starts at $23, rising to up to $24/hour", "od 30 zł ... z możliwością zwiększenia do 31 zł",
 * "a minimum of $29,600 to a maximum of $67,500": an open minimum whose maximum follows in the
 * same sentence as the next figure, itself an open maximum, is one range.
 */
function closeLater(tokens: Token[], c: Candidate, a: Amount): Candidate | null {
  const stop = Math.min(tokens.length, c.last + 1 + CLOSE_REACH);
  for (let k = c.last + 1; k < stop; k++) {
    const t = tokens[k] as Token;
    if (endsSentence(t)) return null;
    if (t.kind !== 'num' && t.kind !== 'sym' && t.kind !== 'word') continue;
    const b = readAmount(tokens, k);
    if (!b) continue;
    const bound = openBound(tokens, b.first);
    if (bound?.open !== 'min') return null;
    const pair = pairValues(a, b);
    if (!pair || pair[1] <= pair[0]) return null;
    const r = build(tokens, a, b, pair[0], pair[1]);
    r.first = c.first;
    r.start = c.start;
    return r;
  }
  return null;
}
