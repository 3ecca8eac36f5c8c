import { KeyFilter } from '../text/key-filter.ts';
import type { Token } from './tokenize.ts';

/** "5+ years", "3-5 years", "one (1) year": a span of tokens stating a number of years. */
export interface YearsPhrase {
  first: number;
  last: number;
  min: number | null;
  max: number | null;
}

const WORD_NUMBERS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
]);
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs']);
const RANGE_WORDS = new Set(['-', '–', '—', 'to']);
const NOT_EXPERIENCE = new Set(['ago', 'old', 'young', 'later', 'earlier']);

interface Parsed {
  min: number;
  max: number | null;
  open: boolean;
}

// First letters of the number words, one bit per letter: other words need no look-up.
let NUMBER_INITIALS = 0;
for (const w of WORD_NUMBERS.keys()) NUMBER_INITIALS |= 1 << (w.charCodeAt(0) - 97);
// Many words share those letters ("the", "for", "team"): this turns them away unhashed.
const NUMBER_WORDS = new KeyFilter(WORD_NUMBERS.keys());

function numberOf(t: Token | undefined): Parsed | null {
  if (!t?.word) return null;
  const c = t.key.charCodeAt(0);
  if (c < 48 || c > 57) {
    if (c < 97 || c > 122 || !(NUMBER_INITIALS & (1 << (c - 97)))) return null;
    const word = NUMBER_WORDS.mayHave(t.key) ? WORD_NUMBERS.get(t.key) : undefined;
    return word === undefined ? null : { min: word, max: null, open: false };
  }
  return figureOf(t.key);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The value of one or two digits at `at` as `value * 4 + count`, or 0 when none start there. */
function digitsAt(key: string, at: number): number {
  const a = key.charCodeAt(at);
  if (!isDigit(a)) return 0;
  const b = key.charCodeAt(at + 1);
  if (!isDigit(b)) return (a - 48) * 4 + 1;
  return isDigit(key.charCodeAt(at + 2)) ? 0 : ((a - 48) * 10 + b - 48) * 4 + 2;
}

/**
 * "5", "5+", "2.5", "3-5", "3–5+": what /^(\d{1,2})(?:\.\d)?(\+)?$/ or
 * /^(\d{1,2})[-–](\d{1,2})(\+)?$/ read, by hand (this runs on every figure of a text).
 */
function figureOf(key: string): Parsed | null {
  const first = digitsAt(key, 0);
  if (first === 0) return null;
  const min = first >> 2;
  let k = first & 3;
  const c = key.charCodeAt(k);
  if (c === 45 || c === 0x2013) {
    const second = digitsAt(key, k + 1);
    if (second === 0) return null;
    k += 1 + (second & 3);
    const open = key.charCodeAt(k) === 43;
    if (k + (open ? 1 : 0) !== key.length) return null;
    return { min, max: second >> 2, open };
  }
  if (c === 46) {
    if (!isDigit(key.charCodeAt(k + 1))) return null;
    k += 2;
  }
  const open = key.charCodeAt(k) === 43;
  if (k + (open ? 1 : 0) !== key.length) return null;
  return { min, max: null, open };
}

function phraseAt(tokens: readonly Token[], i: number): YearsPhrase | null {
  const n = numberOf(tokens[i]);
  if (!n) return null;
  let j = i + 1;
  // "one (1) year"
  if (tokens[j]?.key === '(' && numberOf(tokens[j + 1]) && tokens[j + 2]?.key === ')') j += 3;
  let open = n.open;
  if (tokens[j]?.key === '+' || tokens[j]?.key === 'plus') {
    open = true;
    j++;
  }
  let max = n.max;
  const second = RANGE_WORDS.has(tokens[j]?.key ?? '') ? numberOf(tokens[j + 1]) : null;
  if (second && max === null) {
    max = second.min;
    open = second.open;
    j += 2;
    if (tokens[j]?.key === '+') {
      open = true;
      j++;
    }
  }
  if (!YEAR_WORDS.has(tokens[j]?.key ?? '')) return null;
  // "10 years ago", "a 5 year old company": a date or an age, not experience.
  if (NOT_EXPERIENCE.has(tokens[j + 1]?.key ?? '')) return null;
  if (max !== null && max < n.min) return null;
  return { first: i, last: j, min: n.min, max: open ? null : max };
}

/** Every years phrase in the tokens, in order. */
export function findYearsPhrases(tokens: readonly Token[]): YearsPhrase[] {
  const out: YearsPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      out.push(phrase);
      i = phrase.last;
    }
  }
  return out;
}

const POSTFIX_GAP = new Set(['(', ':', '-', '–', '—', ',']);
const FORWARD_REACH = 25;

interface Span {
  first: number;
  last: number;
}

function isPostfix(tokens: readonly Token[], s: Span, p: YearsPhrase): boolean {
  if (s.last >= p.first || p.first - s.last - 1 > 2 || tokens[p.first]?.lineStart) return false;
  for (let k = s.last + 1; k < p.first; k++) {
    const t = tokens[k];
    if (!t || t.lineStart || !POSTFIX_GAP.has(t.key)) return false;
  }
  return true;
}

/**
 * Years asked for each mention (mentions in text order): "Python (5 years)" and "Python: 5+
 * years" give the skill just before; "5+ years of Python" and "3 years with Java and Go" give
 * the skills after it in the same clause, up to the next years phrase. Linear in both lists.
 */
export function yearsForMentions(
  tokens: readonly Token[],
  clauses: Int32Array,
  mentions: readonly Span[],
  phrases: readonly YearsPhrase[],
): Array<number | null> {
  const years: Array<number | null> = mentions.map(() => null);
  const value = (p: YearsPhrase) => p.min ?? p.max;
  let m = 0;
  phrases.forEach((p, pi) => {
    // The mentions before this phrase: the last of them may own it ("Python (5 years)").
    while (m < mentions.length && (mentions[m]?.last ?? 0) < p.first) m++;
    const before = mentions[m - 1];
    if (before && years[m - 1] === null && isPostfix(tokens, before, p)) {
      years[m - 1] = value(p);
      return;
    }
    const next = phrases[pi + 1];
    const limit = Math.min(p.last + FORWARD_REACH, next ? next.first - 1 : Number.MAX_SAFE_INTEGER);
    for (let k = m; k < mentions.length; k++) {
      const s = mentions[k];
      if (!s || s.first > limit) break;
      if (s.first > p.last && years[k] === null && clauses[s.first] === clauses[p.last]) {
        years[k] = value(p);
      }
    }
  });
  return years;
}
