import type { DetectView } from './signal.ts';

/** "I" and a verb of a work history, after a sentence end, a line break or the text start. */
const FIRST_PERSON =
  /I (?:am|have|led|built|designed|developed|worked|managed|was|created|implemented|helped)\b/y;

const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63;
const isWhite = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/**
 * How many first-person history sentences the body has: tried only where the word "I"
 * stands (the gate words), not at every character.
 */
export function firstPersonCount(view: DetectView): number {
  const body = view.body;
  let n = 0;
  for (const p of view.words.get('i') ?? []) {
    if (body.charCodeAt(p) !== 73) continue;
    const before = p === 0 || body.charCodeAt(p - 1) === 10;
    if (
      !before &&
      !(p >= 2 && isSentenceEnd(body.charCodeAt(p - 2)) && isWhite(body.charCodeAt(p - 1)))
    )
      continue;
    FIRST_PERSON.lastIndex = p;
    if (FIRST_PERSON.test(body)) n++;
  }
  return n;
}
