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

/**
 * Per word length and first char (low 5 bits), a bit per last char (low 5 bits) of the stop
 * words: most words of a text are turned away here, before a substring is made for the map.
 */
const LONGEST = Math.max(...[...STOP_BITS.keys()].map((w) => w.length));
const ENDS = new Uint32Array((LONGEST + 1) * 32);
const endsRow = (w: string, from: number, n: number) => n * 32 + (w.charCodeAt(from) & 31);
const endsBit = (w: string, last: number) => 1 << (w.charCodeAt(last) & 31);
for (const w of STOP_BITS.keys()) {
  const row = endsRow(w, 0, w.length);
  ENDS[row] = (ENDS[row] as number) | endsBit(w, w.length - 1);
}

/** Enough text to tell any posting's language; the rest would only cost time. */
const SAMPLE_CHARS = 8000;
/**
 * The sample is lower-cased a stretch at a time, each cut at a space (lower-casing never
 * looks across one), so a text settled early is not lower-cased to the end of its sample.
 */
const STRETCH = 1024;
/** Fewer stop words than this and the text is too short, or in none of the languages. */
const MIN_HITS = 3;
/** A lead this large over every other language cannot be overturned by reading on. */
const SETTLED = 30;

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

/** Counts the stop words of a lower-cased stretch; true once a clear lead settles the text. */
function countWords(stretch: string, counts: number[], seen: { hits: number }): boolean {
  let i = 0;
  while (i < stretch.length) {
    if (!isLetter(stretch.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < stretch.length && isLetter(stretch.charCodeAt(i))) i++;
    const n = i - from;
    if (
      n > LONGEST ||
      ((ENDS[endsRow(stretch, from, n)] as number) & endsBit(stretch, i - 1)) === 0
    ) {
      continue;
    }
    const bits = STOP_BITS.get(stretch.slice(from, i));
    if (bits === undefined) continue;
    for (let l = 0; l < counts.length; l++) if (bits & (1 << l)) counts[l] = (counts[l] ?? 0) + 1;
    // Every so often: a clear lead settles it.
    if (++seen.hits % 32 === 0 && leader(counts)[1] >= SETTLED) return true;
  }
  return false;
}

export function identifyLanguage(text: string): string | null {
  if (typeof text !== 'string' || text === '') return null;
  const end = Math.min(text.length, SAMPLE_CHARS);
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  const seen = { hits: 0 };
  for (let from = 0; from < end; ) {
    const space = from + STRETCH < end ? text.indexOf(' ', from + STRETCH) : -1;
    const to = space < 0 || space > end ? end : space;
    if (countWords(text.slice(from, to).toLowerCase(), counts, seen)) break;
    from = to;
  }
  const [best] = leader(counts);
  return (counts[best] ?? 0) >= MIN_HITS ? (LANGUAGES[best]?.code ?? null) : null;
}
