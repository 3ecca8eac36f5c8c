import type { DetectView } from './signal.ts';

/**
 * Patterns gated by words: a pattern runs only when a word every match of it contains is in
 * the text, and a "led" pattern (every match starts with such a word) is tried only where
 * those words start. On a posting most patterns never run; the rest run at a few places
 * instead of across the whole text. signal.test.ts holds every gated pattern to its regex.
 */

/**
 * A pattern and the words that gate it. Every match contains one of the words as a whole
 * word; with `lead`, every match also starts with one, so the pattern is tried only where
 * those words start (a sticky copy of it), not across the whole text.
 */
export interface Gated {
  re: RegExp;
  words: readonly string[];
  lead: boolean;
  sticky: RegExp;
}

/** Gate "words" for runs that start with a digit, and runs that start like a month name. */
export const DIGIT_RUN = '#digit';
export const MONTH_RUN = '#month';

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
  /** One byte per low 16 bits of a hash: most words are turned away without the map. */
  maybe: Uint8Array;
  /** How many gated patterns there were when this was built. */
  patterns: number;
}

let wanted: Wanted | null = null;

/** The gate words by hash, built on first use and again if patterns were added since. */
function wantedWords(): Wanted {
  if (wanted && wanted.patterns === GATED.length) return wanted;
  const byHash = new Map<number, string[]>();
  const maybe = new Uint8Array(1 << 16);
  for (const w of new Set([...GATED.flatMap((g) => g.words), ...EXTRA_WORDS])) {
    const h = wordHash(w);
    byHash.set(h, [...(byHash.get(h) ?? []), w]);
    maybe[h & 0xffff] = 1;
  }
  wanted = { byHash, maybe, patterns: GATED.length };
  return wanted;
}

/** ASCII characters of `\b` words ([A-Za-z0-9_]). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
}

/**
 * Runs whose first three characters may start a month name, by their low five bits each
 * (case folded; digits fold onto letters too, which only adds places to try).
 */
const MONTH_START = new Uint8Array(1 << 15);
for (const m of 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')) {
  const at =
    ((m.charCodeAt(0) & 31) << 10) | ((m.charCodeAt(1) & 31) << 5) | (m.charCodeAt(2) & 31);
  MONTH_START[at] = 1;
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
      if (MONTH_START[m] === 1) record(out, MONTH_RUN, from);
    }
    const hits = maybe[h & 0xffff] === 1 ? byHash.get(h & 0x3fffffff) : undefined;
    if (hits) {
      const w = wordAt(body, from, i, hits);
      if (w !== null) record(out, w, from);
    }
  }
  return out;
}

/** Every gated pattern made so far, for the test that holds each gate to its pattern. */
export const GATED: Gated[] = [];

/**
 * A pattern with the words that gate it (space-separated, lower case, at most 24 chars);
 * `lead` when every match starts with one of them.
 */
export function gated(words: string, re: RegExp, lead = false): Gated {
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  const g = { re, words: words.split(' '), lead, sticky };
  GATED.push(g);
  return g;
}

/** `gated(words, re, true)`: every match starts with one of the words. */
export function led(words: string, re: RegExp): Gated {
  return gated(words, re, true);
}

/** Whether the gated pattern occurs in the view's body. */
export function occurs(view: DetectView, g: Gated): boolean {
  if (!g.lead) return g.words.some((w) => view.words.has(w)) && g.re.test(view.body);
  for (const w of g.words) {
    for (const at of view.words.get(w) ?? []) {
      g.sticky.lastIndex = at;
      if (g.sticky.test(view.body)) return true;
    }
  }
  return false;
}

/** Where any of the words starts, in increasing order (each list is in order already). */
function startsOf(view: DetectView, words: readonly string[]): ArrayLike<number> {
  let only: readonly number[] | null = null;
  let many: number[] | null = null;
  for (const w of words) {
    const list = view.words.get(w);
    if (!list || list.length === 0) continue;
    if (!only) only = list;
    else {
      many ??= [...only];
      many.push(...list);
    }
  }
  return many ? Float64Array.from(many).sort() : (only ?? []);
}

/**
 * How many times a global pattern matches the body (as `body.match(re).length` counts),
 * trying it only where one of `leads` starts: every match of it must start there.
 */
export function countAt(view: DetectView, sticky: RegExp, leads: readonly string[]): number {
  const at = startsOf(view, leads);
  let count = 0;
  let next = 0;
  for (let k = 0; k < at.length; k++) {
    const p = at[k] as number;
    if (p < next) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(view.body);
    if (!m) continue;
    count++;
    next = p + Math.max(1, m[0].length);
  }
  return count;
}

/** How many of the patterns occur in the body (each counted once). */
export function distinctHits(view: DetectView, patterns: readonly Gated[]): number {
  let n = 0;
  for (const p of patterns) if (occurs(view, p)) n++;
  return n;
}
