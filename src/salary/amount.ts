import type { PayPeriod } from '../schema/salary.ts';
import { currencyWord, symbolCode, TEXT_CODES } from './currency-table.ts';
import { type Multiplier, multiplierOf } from './magnitude-words.ts';
import { parseNumeral } from './parse-number.ts';
import { FILLERS, PERIOD_PREPOSITIONS } from './pay-lexicon.ts';
import { lowerPeriodAdverb, lowerPeriodNoun } from './period-words.ts';
import { phraseAt } from './phrase-match.ts';
import { dollarPrefix, lowerOf, type Token, touching } from './tokenize.ts';

/**
 * One written amount: [currency] figure [multiplier] [currency] [period], e.g. "CA$ 73,000",
 * "225K", "45 lakhs INR per annum", "29.000 €/year", "160 zł/h", "$130,000.00 USD Annually".
 */
export interface Amount {
  /** Token indexes of the first and last token of the amount. */
  first: number;
  last: number;
  numIndex: number;
  value: number;
  decimals: number;
  multiplier: Multiplier | null;
  /** An ISO code or a symbol/prefix that names exactly one currency ("CA$", "£"). */
  code: string | null;
  /** A bare "$": a dollar, which one depends on the page. */
  dollar: boolean;
  /** A currency only a word names ("dollars", "euros"): not enough to call a figure money. */
  weakCode: string | null;
  period: PayPeriod | null;
  /** Written in Indian digit grouping ("7,50,000"). */
  indian?: boolean;
}

const MAX_GAP = 2;

function isSymbolAfter(tokens: Token[], i: number): boolean {
  const s = tokens[i + 1];
  return s?.kind === 'sym' && touching(tokens[i], s);
}

function near(a: Token | undefined, b: Token | undefined, gap = MAX_GAP): boolean {
  return a !== undefined && b !== undefined && b.start - a.end <= gap && b.kind !== 'nl';
}

interface CurrencyMark {
  code: string | null;
  dollar: boolean;
  weakCode: string | null;
  next: number;
}

/** A currency written at tokens[i] ("$", "CA$", "USD", "Rs.", "zł"), or null. */
export function readCurrency(tokens: Token[], i: number): CurrencyMark | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym') {
    if (t.text === '$') return { code: null, dollar: true, weakCode: null, next: i + 1 };
    return { code: symbolCode(t.text), dollar: false, weakCode: null, next: i + 1 };
  }
  if (t.kind !== 'word') return null;
  const prefixed = dollarPrefix(t, tokens[i + 1]);
  if (prefixed) return { code: prefixed, dollar: false, weakCode: null, next: i + 2 };
  if (TEXT_CODES.has(t.text)) return { code: t.text, dollar: false, weakCode: null, next: i + 1 };
  const word = currencyWord(t.text);
  if (!word) return null;
  // "Rs." keeps its dot.
  const dot = tokens[i + 1];
  const next = t.text === 'Rs' && dot?.text === '.' && touching(t, dot) ? i + 2 : i + 1;
  return word.weak
    ? { code: null, dollar: false, weakCode: word.code, next }
    : { code: word.code, dollar: false, weakCode: null, next };
}

/** A period written at tokens[i] ("/yr", "per annum", "an hour", "p.a.", "par mois", "za godzinę"). */
export function readPeriod(tokens: Token[], i: number): { period: PayPeriod; next: number } | null {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t) return null;
  if (t.kind === 'punct' && t.text === '/' && n?.kind === 'word' && near(t, n, 1)) {
    const p = lowerPeriodNoun(lowerOf(n));
    return p ? { period: p, next: i + 2 } : null;
  }
  if (t.kind !== 'word') return null;
  // "p.a." is four tokens: p . a .
  if (lowerOf(t) === 'p' && tokens[i + 1]?.text === '.' && lowerOf(tokens[i + 2]) === 'a') {
    const dot = tokens[i + 3];
    return {
      period: 'year',
      next: dot?.text === '.' && touching(tokens[i + 2], dot) ? i + 4 : i + 3,
    };
  }
  const after = phraseAt(tokens, i, PERIOD_PREPOSITIONS);
  if (after > i) {
    const noun = tokens[after];
    const p =
      noun?.kind === 'word' && near(tokens[after - 1], noun, 1)
        ? lowerPeriodNoun(lowerOf(noun))
        : null;
    if (p) return { period: p, next: after + 1 };
  }
  const adverb = lowerPeriodAdverb(lowerOf(t));
  if (adverb) return { period: adverb, next: i + 1 };
  // "day rate", "hour rate"
  const noun = lowerPeriodNoun(lowerOf(t));
  if (noun && t.text.length > 2 && lowerOf(n) === 'rate') return { period: noun, next: i + 2 };
  return null;
}

function isFollowedByFigure(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return n?.kind === 'num' && near(t, n);
}

/** Reads one amount starting at tokens[i], or null when tokens[i] does not start one. */
export function readAmount(tokens: Token[], i: number): Amount | null {
  let j = i;
  let prefix = readCurrency(tokens, j);
  if (prefix) j = prefix.next;
  // "CAD $120,000", "USD $95k": the code names the dollar that follows it.
  if (prefix?.code && tokens[j]?.text === '$' && near(tokens[j - 1], tokens[j], 1)) {
    prefix = { ...prefix, next: j + 1 };
    j++;
  }
  const num = tokens[j];
  if (num?.kind !== 'num') return null;
  if (prefix && !near(tokens[j - 1], num)) return null;
  const numeral = parseNumeral(num.text);
  if (!numeral) return null;
  const amount: Amount = {
    first: i,
    last: j,
    numIndex: j,
    value: numeral.value,
    decimals: numeral.decimals,
    multiplier: null,
    code: prefix?.code ?? null,
    dollar: prefix?.dollar ?? false,
    weakCode: prefix?.weakCode ?? null,
    period: null,
  };
  const m = tokens[j + 1];
  if (m?.kind === 'word' && near(num, m, 1)) {
    // "45 K€": a spaced k counts when the currency is glued to it.
    const glued = touching(num, m) || (m.text.length === 1 && isSymbolAfter(tokens, j + 1));
    const mult = multiplierOf(m.text, glued, lowerOf(m));
    if (mult) {
      amount.multiplier = mult;
      if (mult.perYear) amount.period = 'year';
      if (mult.code) amount.code = mult.code;
      amount.last = ++j;
      const dot = tokens[j + 1];
      if (mult.abbreviation && dot?.text === '.' && touching(m, dot)) amount.last = ++j;
    }
  }
  if (numeral.indian) amount.indian = true;
  readSuffixes(tokens, amount);
  return amount;
}

/** Currency and period after the figure; a currency that starts the next amount is left alone. */
function readSuffixes(tokens: Token[], amount: Amount): void {
  let j = amount.last + 1;
  // "(USD)" right after the figure names its currency like a bare code.
  const paren = tokens[j]?.text === '(' && near(tokens[j - 1], tokens[j], 1);
  const codeAt = paren ? j + 1 : j;
  let cur = near(tokens[codeAt - 1], tokens[codeAt]) ? readCurrency(tokens, codeAt) : null;
  if (paren && (!cur?.code || tokens[cur.next]?.text !== ')')) cur = null;
  if (cur && paren) cur = { ...cur, next: cur.next + 1 };
  if (cur && !isFollowedByFigure(tokens, cur.next - 1)) {
    amount.code = cur.code ?? amount.code;
    amount.weakCode = cur.weakCode ?? amount.weakCode;
    if (cur.code) amount.dollar = false;
    amount.last = cur.next - 1;
    j = cur.next;
  }
  let k = j;
  for (let fillers = 0; fillers < 2; fillers++) {
    const f = tokens[k];
    if (f?.kind !== 'word' || !FILLERS.has(lowerOf(f)) || !near(tokens[k - 1], f)) break;
    k++;
  }
  // The period right after the figure, else after its fillers.
  if (!periodAt(tokens, amount, j, MAX_GAP) && k !== j) periodAt(tokens, amount, k, 1);
}

/** Takes the period written at tokens[start] (at most `gap` chars on) into the amount, if any. */
function periodAt(tokens: Token[], amount: Amount, start: number, gap: number): boolean {
  if (!near(tokens[start - 1], tokens[start], gap)) return false;
  const p = readPeriod(tokens, start);
  if (!p) return false;
  amount.period = amount.period ?? p.period;
  amount.last = p.next - 1;
  return true;
}
