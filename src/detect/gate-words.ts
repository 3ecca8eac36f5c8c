import { DIGIT_RUN, GATED, MONTH_RUN } from './gates.ts';

/** Where the gate words of the detector patterns stand in a text (see gates.ts). */

function record(out: Map<string, number[]>, w: string, at: number): void {
  const list = out.get(w);
  if (list) list.push(at);
  else out.set(w, [at]);
}

/** Words some check looks for beyond the gates ("I" of a first-person résumé line). */
const EXTRA_WORDS = ['i'];

function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + (w.charCodeAt(i) | 32)) | 0;
  // Small integers keep map look-ups on the fast path.
  return h & 0x3fffffff;
}

interface Wanted {
  /** Gate words by hash. */
  byHash: Map<number, string[]>;
  /**
   * One bit per low 16 bits of a hash: most words are turned away without the map. Bits,
   * not bytes: the table stays in the processor's nearest cache.
   */
  maybe: Uint32Array;
  /** How many gated patterns there were when this was built. */
  patterns: number;
}

let wanted: Wanted | null = null;

/** The gate words by hash, built on first use and again if patterns were added since. */
function wantedWords(): Wanted {
  if (wanted && wanted.patterns === GATED.length) return wanted;
  const byHash = new Map<number, string[]>();
  const maybe = new Uint32Array(1 << 11);
  for (const w of new Set([...GATED.flatMap((g) => g.words), ...EXTRA_WORDS])) {
    const h = wordHash(w);
    byHash.set(h, [...(byHash.get(h) ?? []), w]);
    setBit(maybe, h & 0xffff);
  }
  wanted = { byHash, maybe, patterns: GATED.length };
  return wanted;
}

/** ASCII characters of `\b` words ([A-Za-z0-9_]). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
}

const setBit = (bits: Uint32Array, at: number) => {
  bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
};
const hasBit = (bits: Uint32Array, at: number) =>
  ((bits[at >>> 5] as number) & (1 << (at & 31))) !== 0;

/**
 * Runs whose first three characters may start a month name, by their low five bits each
 * (case folded; digits fold onto letters too, which only adds places to try).
 */
const MONTH_START = new Uint32Array(1 << 10);
for (const m of 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')) {
  const at =
    ((m.charCodeAt(0) & 31) << 10) | ((m.charCodeAt(1) & 31) << 5) | (m.charCodeAt(2) & 31);
  setBit(MONTH_START, at);
}

/**
 * The gate word `body[from, to)` is, compared case-blind in place (no string cut out of the
 * body): the canonical string is returned, whose hash the map already knows.
 */
function wordAt(body: string, from: number, to: number, words: readonly string[]): string | null {
  for (const w of words) {
    if (w.length !== to - from) continue;
    let k = 0;
    // "| 32" folds ASCII capitals; word characters are letters, digits and "_" only.
    while (k < w.length && (body.charCodeAt(from + k) | 32) === (w.charCodeAt(k) | 32)) k++;
    if (k === w.length) return w;
  }
  return null;
}

/**
 * The gate words in the body and where they start, as the regex `\b` sees words: runs of
 * ASCII letters, digits and "_", compared lower-cased. A rolling hash picks the candidates,
 * so only words that may be gate words are ever cut out of the text. Runs that start with a
 * digit or like a month name are recorded too (DIGIT_RUN, MONTH_RUN).
 */
export function gateWordsIn(body: string): Map<string, number[]> {
  const { byHash, maybe } = wantedWords();
  const out = new Map<string, number[]>();
  const n = body.length;
  let i = 0;
  while (i < n) {
    let c = body.charCodeAt(i);
    if (c >= 128 || WORD_CHAR[c] !== 1) {
      i++;
      continue;
    }
    // A word: hashed in a tight loop to its end.
    const from = i;
    let h = 0;
    do {
      // "| 32" lower-cases ASCII letters and leaves digits and "_" as they are.
      h = (Math.imul(h, 31) + (c | 32)) | 0;
      i++;
      c = i < n ? body.charCodeAt(i) : 0;
    } while (c < 128 && WORD_CHAR[c] === 1);
    const first = body.charCodeAt(from);
    if (first <= 57) {
      record(out, DIGIT_RUN, from);
    } else if (i - from >= 3 && i - from <= 10) {
      const m =
        ((first & 31) << 10) |
        ((body.charCodeAt(from + 1) & 31) << 5) |
        (body.charCodeAt(from + 2) & 31);
      if (hasBit(MONTH_START, m)) record(out, MONTH_RUN, from);
    }
    const hits = hasBit(maybe, h & 0xffff) ? byHash.get(h & 0x3fffffff) : undefined;
    if (hits) {
      const w = wordAt(body, from, i, hits);
      if (w !== null) record(out, w, from);
    }
  }
  return out;
}
