import { KRONA_CONTEXT } from './languages/krona-context.ts';

/**
 * Which krona a "kr" means, from the country and language words around it. Only asked when a
 * text writes "kr", so a plain count over the head of the text is enough. (The language of a
 * text is src/lang's identifyLanguage.)
 */

const HEAD = 20_000;
const WORD = /\p{L}+/gu;

function wordIndex(groups: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, words] of groups) {
    for (const w of words) index.set(w, [...(index.get(w) ?? []), key]);
  }
  return index;
}

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

/** SEK, NOK or DKK for a "kr" in this text, or null when nothing tells them apart. */
export function kronaOf(text: string): string | null {
  return mostUsed(text, KRONA_OF, 1);
}
