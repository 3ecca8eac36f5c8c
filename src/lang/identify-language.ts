import { LANGUAGES } from './registry.ts';

/**
 * The language of a text (ISO 639-1), by counting the frequent function words of each
 * table (src/lang/): "the", "and" and "you" against "der", "und" and "wir", "le", "et",
 * "vous"… A word several languages share counts for each of them; the words only one has
 * decide. Null when too few such words stand in the text to tell.
 */

/** Per stop word, one bit per language that lists it. */
const STOP_BITS = new Map<string, number>();
LANGUAGES.forEach((lang, i) => {
  for (const w of lang.stopWords) STOP_BITS.set(w, (STOP_BITS.get(w) ?? 0) | (1 << i));
});

/** Enough text to tell any posting's language; the rest would only cost time. */
const SAMPLE_CHARS = 8000;
/** Fewer stop words than this and the text is too short, or in none of the languages. */
const MIN_HITS = 3;
/** A lead this large over every other language cannot be overturned by reading on. */
const SETTLED = 30;
const LONGEST = Math.max(...[...STOP_BITS.keys()].map((w) => w.length));

/** A letter of the Latin scripts the tables use (ASCII, Latin-1, Latin Extended-A and -B). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

function leader(counts: readonly number[]): [number, number] {
  let best = 0;
  let second = 0;
  for (let i = 1; i < counts.length; i++) {
    if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  }
  for (let i = 0; i < counts.length; i++) {
    if (i !== best && (counts[i] ?? 0) > second) second = counts[i] ?? 0;
  }
  return [best, (counts[best] ?? 0) - second];
}

export function identifyLanguage(text: string): string | null {
  if (typeof text !== 'string' || text === '') return null;
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  let i = 0;
  let seen = 0;
  while (i < sample.length) {
    if (!isLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < sample.length && isLetter(sample.charCodeAt(i))) i++;
    if (i - from > LONGEST) continue;
    const bits = STOP_BITS.get(sample.slice(from, i));
    if (bits === undefined) continue;
    for (let l = 0; l < counts.length; l++) if (bits & (1 << l)) counts[l] = (counts[l] ?? 0) + 1;
    // Every so often: a clear lead settles it.
    if (++seen % 32 === 0 && leader(counts)[1] >= SETTLED) break;
  }
  const [best] = leader(counts);
  return (counts[best] ?? 0) >= MIN_HITS ? (LANGUAGES[best]?.code ?? null) : null;
}
