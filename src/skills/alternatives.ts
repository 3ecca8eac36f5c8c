import { ALTERNATIVE_WORDS } from './alternative-words.ts';
import type { Candidate } from './match.ts';
import { phraseKey, type Token } from './tokenize.ts';

type Joint = 'or' | 'and' | 'list' | 'break';

const tables = Object.values(ALTERNATIVE_WORDS);
const OR = new Set(tables.flatMap((t) => t.or));
const AND = new Set(tables.flatMap((t) => t.and));
const FILLER = new Set(tables.flatMap((t) => t.filler));
/**
 * "one of" phrases as token keys, last key first (they are read backwards from a list),
 * indexed by that last key: this runs before every mention, and a phrase can only end on it.
 */
const ONE_OF = new Map<string, string[][]>();
for (const p of tables.flatMap((t) => t.oneOf)) {
  const keys = phraseKey(p).split(' ').reverse();
  const last = keys[0] ?? '';
  ONE_OF.set(last, [...(ONE_OF.get(last) ?? []), keys]);
}
const SEPARATOR = new Set([',', '/', '|']);
const MAX_GAP = 4;

/** How two neighbouring mentions are joined: "or", "and", a bare list, or not at all. */
function joint(tokens: readonly Token[], left: Candidate, right: Candidate): Joint {
  const gap = right.first - left.last - 1;
  if (gap < 1 || gap > MAX_GAP || left.entry === right.entry) return 'break';
  let or = false;
  let and = false;
  let slash = false;
  let paren = false;
  for (let k = left.last + 1; k < right.first; k++) {
    const t = tokens[k];
    if (!t || t.lineStart) return 'break';
    if (t.word && OR.has(t.key)) or = true;
    else if (t.word && AND.has(t.key)) and = true;
    else if (t.key === '&' || t.key === '+') and = true;
    else if (t.key === '(' || t.key === ')') paren = true;
    else if (!SEPARATOR.has(t.key)) return 'break';
    if (t.key === '/') slash = true;
  }
  if (or) return 'or';
  // "Python (Django, Flask)": a parenthesis without "or" opens a sub-list, not alternatives.
  if (paren) return 'break';
  if (and) return 'and';
  // "PyTorch/TensorFlow": a bare slash between two of a kind offers either.
  if (slash && gap === 1 && left.entry.category === right.entry.category) return 'or';
  return 'list';
}

/** Does a "one of" phrase end just before token `at` (punctuation and filler words between)? */
function oneOfBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  for (let skipped = 0; skipped < 4 && k >= 0; skipped++, k--) {
    const t = tokens[k];
    if (!t) return false;
    const filler = t.word ? FILLER.has(t.key) : t.key === ':' || t.key === '(';
    if (!filler || t.lineStart) break;
  }
  const ending = tokens[k];
  const phrases = ending ? ONE_OF.get(ending.key) : undefined;
  if (!phrases) return false;
  for (const keys of phrases) {
    let j = 1;
    while (j < keys.length && tokens[k - j]?.key === keys[j]) j++;
    if (j === keys.length) return true;
  }
  return false;
}

/**
 * The "any of" group of each mention, or null: mentions joined by "or" ("AWS, GCP or Azure",
 * "PyTorch or TensorFlow", "Go/Rust") or listed after "one of" are alternatives of one
 * requirement. "and" ends a group unless a "one of" opened it. Ids are "any-1", "any-2", ...
 */
export function alternativeGroups(
  tokens: readonly Token[],
  found: readonly Candidate[],
): Array<string | null> {
  const groups: Array<string | null> = found.map(() => null);
  let count = 0;
  let i = 0;
  while (i < found.length) {
    const first = found[i] as Candidate;
    const opened = oneOfBefore(tokens, first.first);
    let j = i;
    let or = false;
    while (j + 1 < found.length) {
      const kind = joint(tokens, found[j] as Candidate, found[j + 1] as Candidate);
      if (kind === 'break' || (kind === 'and' && !opened)) break;
      if (kind === 'or') or = true;
      j++;
    }
    if (j > i && (or || opened)) {
      count++;
      for (let k = i; k <= j; k++) groups[k] = `any-${count}`;
    }
    i = j + 1;
  }
  return groups;
}
