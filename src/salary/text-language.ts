import { KRONA_CONTEXT } from './languages/krona-context.ts';
import { FUNCTION_WORDS } from './pay-lexicon.ts';

/**
 * Which language a text is written in, guessed from the function words of the language
 * tables, and which krona a "kr" means from the words around it. Only asked when a figure's
 * currency is not written (rare), so a plain count over the head of the text is enough.
 */

const HEAD = 20_000;
/** Fewer hits than this is no evidence: a name or a quoted phrase. */
const MIN_HITS = 5;
const WORD = /\p{L}+/gu;

function wordIndex(groups: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, words] of groups) {
    for (const w of words) index.set(w, [...(index.get(w) ?? []), key]);
  }
  return index;
}

const LANGUAGE_OF = wordIndex(FUNCTION_WORDS);
const KRONA_OF = wordIndex(new Map(Object.entries(KRONA_CONTEXT)));

/** The group whose words the text uses most, with at least MIN_HITS hits, or null. */
function mostUsed(text: string, index: Map<string, string[]>, minHits: number): string | null {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, HEAD).toLowerCase().matchAll(WORD)) {
    for (const key of index.get(m[0]) ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = minHits - 1;
  for (const [key, n] of counts) {
    if (n > bestCount) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}

/** The language code ("de", "nl", ...) of the text, or null when no table's words dominate. */
export function guessLanguage(text: string): string | null {
  return mostUsed(text, LANGUAGE_OF, MIN_HITS);
}

/** SEK, NOK or DKK for a "kr" in this text, or null when nothing tells them apart. */
export function kronaOf(text: string): string | null {
  return mostUsed(text, KRONA_OF, 1);
}
