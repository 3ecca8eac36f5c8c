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
