/**
 * A regex run only where it can match: at the few places just before one of its gate words,
 * instead of at every position of the text. Exact when every match of the pattern contains
 * one of the words (in any ASCII case) starting at most `reach` characters after the match
 * starts.
 */

/** A pattern with its gate words (lower-case letters) and how far before one a match may start. */
export interface NearPattern {
  sticky: RegExp;
  words: readonly string[];
  reach: number;
  /** The pattern as written (what the sticky copy answers for). */
  re: RegExp;
}

export function nearPattern(re: RegExp, words: readonly string[], reach: number): NearPattern {
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  return { sticky, words, reach, re };
}

/** Where each word starts in a text, in increasing order. */
export type WordSpots = ReadonlyMap<string, readonly number[]>;

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `word` (lower case) starts at `at`, ASCII letters compared case-blind. */
function startsAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Finds gate words in one pass of the regex engine (not one scan per word), in the text as
 * written: case-blind like the patterns they gate, so no lower-cased copy is needed.
 */
export class WordFinder {
  private readonly re: RegExp;

  constructor(private readonly words: readonly string[]) {
    this.re = new RegExp([...new Set(words)].map(escapeRegExp).join('|'), 'gi');
  }

  /** Every place each word starts in `text` (from `from` on), overlaps included. */
  find(text: string, from = 0): WordSpots {
    const out = new Map<string, number[]>();
    const re = this.re;
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index;
      // Several words may start here ("temp", "temporary"): each is recorded.
      for (const w of this.words) {
        if (!startsAt(text, at, w)) continue;
        const list = out.get(w);
        if (list) list.push(at);
        else out.set(w, [at]);
      }
      re.lastIndex = at + 1;
    }
    return out;
  }
}

/**
 * `p.re.test(text)`, trying the pattern only within `reach` characters before each place a
 * gate word starts (`spots`, found in this text or in a longer one it begins). Each start
 * position is tried once, so the cost stays linear on any text. With `from`, only matches
 * starting there or later count (for a caller that knows none starts earlier).
 */
export function testNear(p: NearPattern, text: string, spots: WordSpots, from = 0): boolean {
  const { sticky, reach } = p;
  for (const w of p.words) {
    let next = from;
    for (const at of spots.get(w) ?? []) {
      if (at < from) continue;
      if (at >= text.length) break;
      for (let s = Math.max(next, at - reach); s <= at; s++) {
        sticky.lastIndex = s;
        if (sticky.test(text)) return true;
      }
      next = at + 1;
    }
  }
  return false;
}
