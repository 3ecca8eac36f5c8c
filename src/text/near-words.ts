/**
 * A regex run only where it can match: at the few places just before one of its gate words,
 * instead of at every position of the text. Exact when every match of the pattern contains
 * one of the words (case-blind) starting at most `reach` characters after the match starts.
 */

/** A pattern with its gate words (lower case) and how far before a word a match may start. */
export interface NearPattern {
  sticky: RegExp;
  words: readonly string[];
  reach: number;
  /** The pattern as written, for texts whose lower case is not aligned with them. */
  re: RegExp;
}

export function nearPattern(re: RegExp, words: readonly string[], reach: number): NearPattern {
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  return { sticky, words, reach, re };
}

/**
 * `p.re.test(text)`, trying the pattern only within `reach` characters before each place a
 * gate word occurs in `lower` (the text lower-cased). Each start position is tried once, so
 * the cost stays linear on any text. With `from`, only matches starting there or later count
 * (for a caller that knows none starts earlier).
 */
export function testNear(p: NearPattern, text: string, lower: string, from = 0): boolean {
  // Lower-casing changed the length ("İ"): offsets do not line up, so read the whole text.
  if (lower.length !== text.length) return p.re.test(text);
  const { sticky, reach } = p;
  for (const w of p.words) {
    let next = from;
    for (let at = lower.indexOf(w, from); at >= 0; at = lower.indexOf(w, at + 1)) {
      for (let s = Math.max(next, at - reach); s <= at; s++) {
        sticky.lastIndex = s;
        if (sticky.test(text)) return true;
      }
      next = at + 1;
    }
  }
  return false;
}
