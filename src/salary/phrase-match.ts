import type { Phrase } from './pay-lexicon.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * Matching the language tables' phrases against tokens: words compared lower-case, an
 * apostrophe between words skipped ("jusqu'à", "de l'heure"), all on one line with at most a
 * space between tokens.
 */

const MAX_GAP = 2;

function isApostrophe(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "'" || t.text === '’');
}

function joined(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.kind !== 'nl' && b.start - a.end <= MAX_GAP;
}

function wordIs(t: Token | undefined, w: string): boolean {
  return t?.kind === 'word' && t.text.length === w.length && lowerOf(t) === w;
}

/**
 * A table's phrases grouped by first and by last word, table order kept in each group: a
 * phrase can only match where its first (or last) word is, so a figure tries the few phrases
 * of that one word instead of the whole table. Built once per table.
 */
interface PhraseIndex {
  byFirst: Map<string, Phrase[]>;
  byLast: Map<string, Phrase[]>;
}

const NONE: readonly Phrase[] = [];
const INDEXES = new WeakMap<readonly Phrase[], PhraseIndex>();

function group(phrases: readonly Phrase[], word: (p: Phrase) => string): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const w = word(p);
    const list = m.get(w);
    if (list) list.push(p);
    else m.set(w, [p]);
  }
  return m;
}

function indexOf(phrases: readonly Phrase[]): PhraseIndex {
  let ix = INDEXES.get(phrases);
  if (!ix) {
    ix = {
      byFirst: group(phrases, (p) => p[0] ?? ''),
      byLast: group(phrases, (p) => p[p.length - 1] ?? ''),
    };
    INDEXES.set(phrases, ix);
  }
  return ix;
}

/** The phrases of the table whose word at one end is token t, in table order. */
function phrasesOf(t: Token | undefined, by: Map<string, Phrase[]>): readonly Phrase[] {
  return t?.kind === 'word' ? (by.get(lowerOf(t)) ?? NONE) : NONE;
}

/** Index after the phrase when one of `phrases` starts at tokens[i], else -1. */
export function phraseAt(tokens: Token[], i: number, phrases: readonly Phrase[]): number {
  // Every phrase has a first word, compared with tokens[i] itself.
  for (const p of phrasesOf(tokens[i], indexOf(phrases).byFirst)) {
    let k = i;
    let ok = true;
    for (let w = 0; w < p.length && ok; w++) {
      if (w > 0 && isApostrophe(tokens[k]) && joined(tokens[k - 1], tokens[k])) k++;
      ok = wordIs(tokens[k], p[w] as string) && (w === 0 || joined(tokens[k - 1], tokens[k]));
      k++;
    }
    if (!ok) continue;
    // An elided article keeps its apostrophe: "l'" in "de l'heure".
    if (isApostrophe(tokens[k]) && joined(tokens[k - 1], tokens[k])) k++;
    return k;
  }
  return -1;
}

/**
 * Number of tokens of the phrase that ends right before tokens[i] (apostrophes included),
 * or 0 when none of `phrases` does.
 */
export function phraseBefore(tokens: Token[], i: number, phrases: readonly Phrase[]): number {
  // The last word is the token before tokens[i], or before an apostrophe joined to it.
  let last = i - 1;
  if (isApostrophe(tokens[last]) && joined(tokens[last], tokens[last + 1])) last--;
  for (const p of phrasesOf(tokens[last], indexOf(phrases).byLast)) {
    let k = i - 1;
    let ok = true;
    for (let w = p.length - 1; w >= 0 && ok; w--) {
      if (isApostrophe(tokens[k]) && joined(tokens[k], tokens[k + 1])) k--;
      ok = wordIs(tokens[k], p[w] as string) && joined(tokens[k], tokens[k + 1]);
      k--;
    }
    if (ok) return i - 1 - k;
  }
  return 0;
}
