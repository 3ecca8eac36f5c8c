import type { PayPeriod, SalaryBasis } from '../schema/salary.ts';
import { PERIOD_ADVERB_WORDS, periodAdverb, periodNoun } from './period-words.ts';
import type { Token } from './tokenize.ts';

/**
 * Every token's pay cues, classified once, plus "nearest cue before / after" tables. With
 * them the pay-context check of a figure is a few array reads, so the whole scan stays
 * linear however many figures the text holds.
 */

/** Words that make a nearby figure pay. */
const POSITIVE = new Set(
  (
    'salary salaries pay paid compensation base range rate rates wage wages ote earnings earn ' +
    'remuneration income ctc stawka wynagrodzenie gehalt salaire sueldo stipendio annum lpa'
  ).split(' '),
);

/** Words that make a nearby figure something other than base pay: perks, grants, company finances. */
const NEGATIVE = new Set(
  (
    'stipend stipends allowance allowances bonus bonuses equity rsu rsus stock shares options ' +
    'insurance coverage cover budget budgets reimburse reimbursed reimbursement reimbursements ' +
    'raised raising funding funded valuation valued revenue arr gmv worth market investor ' +
    'investors grant grants relocation signing referral donation donations match matching perk ' +
    'perks credit credits spend savings tuition wellness gym commuter equipment learning ' +
    'conference prize prizes fee fees price priced cost costs discount discounts voucher ' +
    'vouchers cashback'
  ).split(' '),
);

/** Words that end the phrase after a figure: what follows is something else ("+ equity"). */
const PHRASE_STOPS = new Set(['plus', 'and', 'with', 'or', 'depending']);

export interface CueIndex {
  /** Nearest token index at or before i with the cue (-1 when none). */
  prevPos: Int32Array;
  prevNeg: Int32Array;
  prevBoundary: Int32Array;
  prevPeriod: Int32Array;
  prevBasis: Int32Array;
  /** Nearest token index at or after i with the cue (tokens.length when none). */
  nextPos: Int32Array;
  nextNeg: Int32Array;
  nextStop: Int32Array;
  nextBasis: Int32Array;
  /** The period a token names as a leading period word, by token index (sparse). */
  period: Map<number, PayPeriod>;
  basis: Map<number, SalaryBasis>;
}

const POS = 1;
const NEG = 2;
const STOP = 4;
const BOUNDARY = 8;
const PERIOD = 32;

/** Ends a clause: newline, bullet, pipe, semicolon, or sentence punctuation before a space. */
function isBoundary(text: string, t: Token): boolean {
  if (t.kind === 'nl') return true;
  if (t.kind !== 'punct') return false;
  const c = t.text;
  if (c === '|' || c === '•' || c === '·' || c === ';') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const after = text[t.end];
  return after === undefined || after === ' ' || after === '\n';
}

/** The lower-cased word after tokens[k], skipping a joiner ("on-target", "L&D"). */
function nextWord(tokens: Token[], k: number): string {
  const t = tokens[k + 1];
  const joined = t?.kind === 'dash' || t?.text === '&' ? tokens[k + 2] : t;
  if (!joined) return '';
  return joined.kind === 'word' ? joined.text.toLowerCase() : joined.text;
}

const PAIR = 16;
const PAIR_STARTS = ['per', 'an', 'a', 'on', 'total', 'series', 'seed', 'sign', 'l'];

/** One look-up per word: its flags, built once from the cue lists. */
const WORD_FLAGS = new Map<string, number>();
function addFlag(words: Iterable<string>, flag: number): void {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | flag);
}
addFlag(POSITIVE, POS);
addFlag(NEGATIVE, NEG);
addFlag(PHRASE_STOPS, STOP);
addFlag(PAIR_STARTS, PAIR);
addFlag(PERIOD_ADVERB_WORDS, PERIOD);

/** Flags of a word token; period and basis cues are recorded in the index as a side effect. */
function classifyWord(tokens: Token[], k: number, ix: CueIndex): number {
  const w = (tokens[k] as Token).text.toLowerCase();
  const found = WORD_FLAGS.get(w);
  if (found === undefined) return 0;
  let flags = found & (POS | NEG | STOP);
  if (found & PERIOD) {
    const adverb = periodAdverb(w);
    if (adverb) ix.period.set(k, adverb);
  }
  if (w === 'ote') ix.basis.set(k, 'ote');
  if (!(found & PAIR)) return flags;
  // Two-word cues: "per hour", "on-target", "total cash", "series B", "seed round", "sign-on", "L&D".
  const next = nextWord(tokens, k);
  if (w === 'per' || w === 'an' || w === 'a') {
    const noun = periodNoun(next);
    if (noun) flags |= POS;
    if (noun && w === 'per') ix.period.set(k, noun);
  } else if (w === 'on' && next === 'target') {
    flags |= POS;
    ix.basis.set(k, 'ote');
  } else if (w === 'total' && next === 'cash') {
    ix.basis.set(k, 'total_cash');
  } else if (
    (w === 'series' && next.length === 1 && next >= 'a' && next <= 'f') ||
    (w === 'seed' && next === 'round') ||
    (w === 'sign' && next === 'on') ||
    (w === 'l' && next === 'd')
  ) {
    flags |= NEG;
  }
  return flags;
}

function classify(text: string, tokens: Token[], k: number, ix: CueIndex): number {
  const t = tokens[k] as Token;
  if (t.kind === 'word') return classifyWord(tokens, k, ix);
  if (t.kind === 'num') {
    // "401(k)", "401k", "403(b)": a retirement plan named by digits.
    const plan = t.text === '401' || t.text === '403' || t.text === '457';
    const next = tokens[k + 1]?.text;
    return plan && (next === 'k' || next === 'K' || next === 'b' || next === '(') ? NEG : 0;
  }
  if (isBoundary(text, t)) return BOUNDARY | STOP;
  if (t.text === '+' || t.text === ':') return STOP;
  if (t.text === ',' && (text[t.end] === ' ' || t.end === text.length)) return STOP;
  return 0;
}

export function buildCueIndex(text: string, tokens: Token[]): CueIndex {
  const n = tokens.length;
  const ix: CueIndex = {
    prevPos: new Int32Array(n),
    prevNeg: new Int32Array(n),
    prevBoundary: new Int32Array(n),
    prevPeriod: new Int32Array(n),
    prevBasis: new Int32Array(n),
    nextPos: new Int32Array(n),
    nextNeg: new Int32Array(n),
    nextStop: new Int32Array(n),
    nextBasis: new Int32Array(n),
    period: new Map(),
    basis: new Map(),
  };
  const flags = new Uint8Array(n);
  let pp = -1;
  let pn = -1;
  let pb = -1;
  let pr = -1;
  let pa = -1;
  for (let k = 0; k < n; k++) {
    const f = classify(text, tokens, k, ix);
    flags[k] = f;
    if (f & POS) pp = k;
    if (f & NEG) pn = k;
    if (f & BOUNDARY) pb = k;
    if (ix.period.has(k)) pr = k;
    if (ix.basis.has(k)) pa = k;
    ix.prevPos[k] = pp;
    ix.prevNeg[k] = pn;
    ix.prevBoundary[k] = pb;
    ix.prevPeriod[k] = pr;
    ix.prevBasis[k] = pa;
  }
  let np = n;
  let nn = n;
  let ns = n;
  let na = n;
  for (let k = n - 1; k >= 0; k--) {
    const f = flags[k] ?? 0;
    if (f & POS) np = k;
    if (f & NEG) nn = k;
    if (f & STOP) ns = k;
    if (ix.basis.has(k)) na = k;
    ix.nextPos[k] = np;
    ix.nextNeg[k] = nn;
    ix.nextStop[k] = ns;
    ix.nextBasis[k] = na;
  }
  return ix;
}
