import type { PayPeriod, SalaryBasis } from '../schema/salary.ts';
import { KeyFilter } from '../text/key-filter.ts';
import {
  endsFirstPersonPay,
  FIRST_PERSON_STARTS,
  isFirstPersonPay,
  isStatistic,
} from './package-cues.ts';
import {
  APPROXIMATELY,
  MIN_COMPOUND,
  mayHoldPayStem,
  NOT_PAY_WORDS,
  PACKAGE_JOINERS,
  PAY_PERIOD_WORDS,
  PAY_WORDS,
  payCompound,
} from './pay-lexicon.ts';
import { PERIOD_ADVERB_WORDS, periodAdverb, periodNoun } from './period-words.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * Every token's pay cues, classified on first use and remembered. The pay-context check of a
 * figure reads only the tokens of its window (a clause, at most WINDOW chars before and
 * AFTER_WINDOW after), so a text is classified only around its figures and the scan stays
 * linear however many figures the text holds.
 */

/** Words that make a nearby figure pay, in every language of the tables; "lpa" is a unit of pay. */
const POSITIVE = new Set([...PAY_WORDS, ...PAY_PERIOD_WORDS.keys(), 'lpa']);

/** Words that make a nearby figure something other than base pay: perks, grants, company finances. */
const NEGATIVE = NOT_PAY_WORDS;

/** Words written with a dot that ends no sentence: "ca.", "approx.", "min.". */
const ABBREVIATED = new Set([...APPROXIMATELY, 'min', 'max', 'inkl', 'zzgl', 'mind', 'brut', 'p']);

/**
 * Words that end the phrase after a figure: what follows is something else ("+ equity",
 * "zzgl. Bonus", "et primes").
 */
const PHRASE_STOPS = new Set(['plus', 'and', 'with', 'or', 'depending', ...PACKAGE_JOINERS]);

export const POS = 1;
export const NEG = 2;
export const STOP = 4;
export const BOUNDARY = 8;
const PERIOD = 32;
/** Set on a token the index recorded a period (or a basis) for. */
export const HAS_PERIOD = 64;
export const HAS_BASIS = 128;
/** Marks a classified token (its flags may be 0). */
const DONE = 256;

/** Ends a clause: newline, bullet, pipe, semicolon, or sentence punctuation before a space. */
function isBoundary(
  text: string,
  t: Token,
  prev: Token | undefined,
  before: Token | undefined,
): boolean {
  if (t.kind === 'nl') return true;
  if (t.kind !== 'punct') return false;
  const c = t.text;
  if (c === '|' || c === '•' || c === '·' || c === ';') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const after = text[t.end];
  if (after !== undefined && after !== ' ' && after !== '\n') return false;
  if (c !== '.' || prev?.kind !== 'word') return true;
  // "ca. 55.000 €", "env. 800K": an abbreviation's dot ends no clause; nor does an
  // initialism's last dot ("U.S. 93,200–179,200", "e.g. 80k"): one letter after a dot.
  if (ABBREVIATED.has(lowerOf(prev))) return false;
  return !(prev.text.length === 1 && before?.text === '.' && before.end === prev.start);
}

/** The lower-cased word after tokens[k], skipping a joiner ("on-target", "L&D"). */
function nextWord(tokens: Token[], k: number): string {
  const t = tokens[k + 1];
  const joined = t?.kind === 'dash' || t?.text === '&' ? tokens[k + 2] : t;
  if (!joined) return '';
  return joined.kind === 'word' ? lowerOf(joined) : joined.text;
}

const PAIR = 16;
/** Starts a first-person pay phrase ("I make", "mon salaire"): checked with the words after. */
const FIRST = 512;
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
addFlag(FIRST_PERSON_STARTS, FIRST);
const CUE_WORDS = new KeyFilter(WORD_FLAGS.keys());

interface CueMaps {
  period: Map<number, PayPeriod>;
  basis: Map<number, SalaryBasis>;
}

/** Whether lower-casing may change the word: ASCII capitals or anything beyond ASCII. */
function mayHaveCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/**
 * Flags of a word token; period and basis cues are recorded in the index as a side effect
 * (and flagged HAS_PERIOD / HAS_BASIS). A lower-case word is looked up as it is: most words
 * are, and most are not cues, so they cost one look-up and no new string.
 */
function classifyWord(tokens: Token[], k: number, ix: CueMaps): number {
  const t = tokens[k] as Token;
  let w = t.text;
  // The filter folds ASCII case: a word with ASCII ends it turns away is no cue in any case.
  const asciiEnds = w.charCodeAt(0) < 128 && w.charCodeAt(w.length - 1) < 128;
  if (asciiEnds && !CUE_WORDS.mayHave(w)) return compoundFlags(w, lowerOf(t), k, ix);
  let found = WORD_FLAGS.get(w);
  if (found === undefined) {
    if (!mayHaveCapitals(w)) return compoundFlags(w, lowerOf(t), k, ix);
    w = lowerOf(t);
    found = WORD_FLAGS.get(w);
    if (found === undefined) return compoundFlags(w, lowerOf(t), k, ix);
  }
  const payPeriod = PAY_PERIOD_WORDS.get(w);
  if (payPeriod) {
    ix.period.set(k, payPeriod);
    return (found & (POS | NEG | STOP)) | HAS_PERIOD;
  }
  let flags = found & (POS | NEG | STOP);
  if (found & FIRST && isFirstPersonPay(tokens, k)) return (flags & ~POS) | NEG;
  // "the average salary … is $162,127": a statistic quoted, not an offer.
  if (flags & POS && (isStatistic(tokens, k) || endsFirstPersonPay(tokens, k))) {
    flags = (flags & ~POS) | NEG;
  }
  if (found & PERIOD) {
    const adverb = periodAdverb(w);
    if (adverb) {
      ix.period.set(k, adverb);
      flags |= HAS_PERIOD;
    }
  }
  if (w === 'ote') {
    ix.basis.set(k, 'ote');
    flags |= HAS_BASIS;
  }
  if (!(found & PAIR)) return flags;
  // Two-word cues: "per hour", "on-target", "total cash", "series B", "seed round", "sign-on", "L&D".
  const next = nextWord(tokens, k);
  if (w === 'per' || w === 'an' || w === 'a') {
    const noun = periodNoun(next);
    if (noun) flags |= POS;
    if (noun && w === 'per') {
      ix.period.set(k, noun);
      flags |= HAS_PERIOD;
    }
  } else if (w === 'on' && next === 'target') {
    flags |= POS | HAS_BASIS;
    ix.basis.set(k, 'ote');
  } else if (w === 'total' && next === 'cash') {
    ix.basis.set(k, 'total_cash');
    flags |= HAS_BASIS;
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

/**
 * "Bruttojahresgehalt", "maandsalaris": a compound of a pay stem, maybe with a period stem.
 * `word` is tested as looked up, `lower` is the token's lower case.
 */
function compoundFlags(word: string, lower: string, k: number, ix: CueMaps): number {
  if (word.length < MIN_COMPOUND || !mayHoldPayStem(word)) return 0;
  const c = payCompound(lower);
  if (!c) return 0;
  if (!c.period) return POS;
  ix.period.set(k, c.period);
  return POS | HAS_PERIOD;
}

function classify(text: string, tokens: Token[], k: number, ix: CueMaps): number {
  const t = tokens[k] as Token;
  if (t.kind === 'word') return classifyWord(tokens, k, ix);
  if (t.kind === 'num') {
    // "401(k)", "401k", "403(b)": a retirement plan named by digits.
    const plan = t.text === '401' || t.text === '403' || t.text === '457';
    const next = tokens[k + 1]?.text;
    return plan && (next === 'k' || next === 'K' || next === 'b' || next === '(') ? NEG : 0;
  }
  if (isBoundary(text, t, tokens[k - 1], tokens[k - 2])) return BOUNDARY | STOP;
  if (t.text === '+' || t.text === ':' || t.text === '&') return STOP;
  if (t.text === ',' && (text[t.end] === ' ' || t.end === text.length)) return STOP;
  return 0;
}

/** The cues of a piece's tokens, classified lazily. */
export class CueIndex {
  /** The period a token names as a leading period word, by token index (sparse). */
  readonly period = new Map<number, PayPeriod>();
  readonly basis = new Map<number, SalaryBasis>();
  private readonly flags: Uint16Array;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {
    this.flags = new Uint16Array(tokens.length);
  }

  /** Flags of tokens[k] (POS, NEG, STOP, BOUNDARY, HAS_PERIOD, HAS_BASIS). */
  at(k: number): number {
    const known = this.flags[k] ?? 0;
    if (known !== 0) return known;
    const f = classify(this.text, this.tokens, k, this) | DONE;
    this.flags[k] = f;
    return f;
  }
}

export function buildCueIndex(text: string, tokens: Token[]): CueIndex {
  return new CueIndex(text, tokens);
}
