import type { Phrase } from './pay-lexicon.ts';
import type { Token } from './tokenize.ts';

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
  return t?.kind === 'word' && t.text.length === w.length && t.text.toLowerCase() === w;
}

/** Index after the phrase when one of `phrases` starts at tokens[i], else -1. */
export function phraseAt(tokens: Token[], i: number, phrases: readonly Phrase[]): number {
  for (const p of phrases) {
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
  for (const p of phrases) {
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
