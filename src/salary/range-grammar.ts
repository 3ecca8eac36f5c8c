import type { Amount } from './amount.ts';
import { readAmount, readPeriod } from './amount.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './tokenize.ts';

/**
 * How amounts combine into ranges: "A - B", "A to B", "between A and B", "od A do B",
 * "von A bis B", glued "$A$B", open bounds ("up to B", "from A", "A to Competitive", "A+").
 */

const FILLERS = new Set(['gross', 'net', 'brutto', 'netto', 'base']);
const OPEN_MAX_WORDS = new Set(['competitive', 'negotiable', 'doe']);
/** A range whose ends differ more than this is two unrelated numbers, not a pay band. */
const MAX_SPREAD = 10;

function lower(t: Token | undefined): string {
  return t?.kind === 'word' ? t.text.toLowerCase() : '';
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
}

/** Open-bound words just before an amount: "up to", "from", "starting at", "od", "min.". */
function openBound(tokens: Token[], first: number): OpenBound | null {
  // "min. 50,000", "Minimum: €3,000": the word before a dot or colon.
  const p = tokens[first - 1]?.text;
  const skip = p === '.' || p === ':' ? 1 : 0;
  const w1 = wordBefore(tokens, first - skip);
  const w2 = wordBefore(tokens, first - skip, 2);
  if (w1 === 'to' && w2 === 'up') return { open: 'min', words: 2 + skip };
  if (w1 === 'upto' || w1 === 'do' || w1 === 'bis' || w1 === 'max' || w1 === 'maximum') {
    return { open: 'min', words: 1 + skip };
  }
  if (w1 === 'from' || w1 === 'od' || w1 === 'ab' || w1 === 'min' || w1 === 'minimum') {
    return { open: 'max', words: 1 + skip };
  }
  if (w1 === 'least' && w2 === 'at') return { open: 'max', words: 2 + skip };
  if (w1 === 'at' && (w2 === 'starting' || w2 === 'starts' || w2 === 'start')) {
    return { open: 'max', words: 2 + skip };
  }
  // "the minimum salary is 29.000 €": the bound word a few words earlier.
  for (let back = 2; back <= 5; back++) {
    const w = wordBefore(tokens, first, back);
    if (w === 'minimum') return { open: 'max', words: 0 };
    if (w === 'maximum') return { open: 'min', words: 0 };
  }
  return null;
}

/** "$120k+": a lone figure with a plus means "from". */
function plusBound(tokens: Token[], a: Amount): OpenBound | null {
  const plus = tokens[a.last + 1];
  if (plus?.text !== '+' || plus.start !== tokens[a.last]?.end) return null;
  return tokens[a.last + 2]?.kind === 'num' ? null : { open: 'max', words: 0 };
}

/** Index of the connector after amount a ("-", "to", "and", "do", "bis"), or -1. */
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
  if (w === 'to' || w === 'bis' || w === 'until') return j;
  if (w === 'and' && wordBefore(tokens, a.first) === 'between') return j;
  if (w === 'do' && wordBefore(tokens, a.first) === 'od') return j;
  return -1;
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
  const indian = a.multiplier?.indian === true || b?.multiplier?.indian === true;
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
    if (lower(tokens[k]) === 'up' && lower(tokens[k + 1]) === 'to') k += 2;
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
  return c;
}
