import { isHeadingWord, isHeadingWordAt, wholeHeadingKind } from './heading-rules.ts';

/**
 * Headings inside a line, as flat scraped text leaves them (one-line job-board descriptions,
 * JSON-LD with its markup stripped): a label before a colon in mid-line ("… at scale What it
 * takes: 5+ years"), or a title-case heading after a sentence's end and before a capitalised
 * word ("… automation. Preferred Qualifications Master's degree"). Each is put on a line of its
 * own so sections are found. Only a phrase that is a whole heading is moved: "Tools: Jira" in
 * mid-line is not one unless "tools" names a section kind.
 */

/** A sentence's end and a space before a capital (Latin Extended-A is checked again). */
const SENTENCE_END = /[.!?] (?=[A-ZÀ-ÖØ-ÞĀ-ſ])/g;

/** Words that join a heading's words but never end it. */
const FUNCTION_WORD = /^(?:&|\/|and|of|for|to|the|a|an|with|in|on|our|your|und|et|y|e)$/i;

/** A heading is a few words. */
const MAX_WORDS = 6;
/** Labels tried at most: a posting has a few dozen; a long page stays linear. */
const MAX_TRIES = 2000;

/** A word of a heading: letters with inner apostrophes or hyphens, "&" or "/". */
const WORD = /^(?:[\p{L}][\p{L}'’-]*|&|\/)$/u;
const CAPITAL = /^\p{Lu}/u;
/** A word starts with a capital ("A"-"Z" read without the Unicode tables). */
const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(w);
};

/** `isCapitalised(text.slice(at, end))`, cutting the word out only beyond ASCII. */
function capitalAt(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(text.slice(at, end));
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Where the blanks from `k` end (at most `to`). */
function spacesEnd(text: string, k: number, to: number): number {
  let i = k;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Where the word from `k` ends (at most `to`). */
function wordEnd(text: string, k: number, to: number): number {
  let i = k;
  while (i < to && !isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** The words of text[from, to) with their offsets in text (a plain scan: called per colon). */
function wordsIn(text: string, from: number, to: number): Array<{ w: string; at: number }> {
  const out: Array<{ w: string; at: number }> = [];
  let start = -1;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (space) {
      if (start >= 0) out.push({ w: text.slice(start, k), at: start });
      start = -1;
    } else if (start < 0) start = k;
  }
  return out;
}

/**
 * Where a label before the colon at `colon` starts: the longest run of the words before it
 * (at most MAX_WORDS, back to the line's start or a sentence's end) that starts with a
 * capital and is a whole heading; -1 if none.
 */
function labelBefore(text: string, lineStart: number, colon: number): number {
  // The word before the colon must be a heading word: most colons end no label.
  const space = text.lastIndexOf(' ', colon - 1);
  if (!isHeadingWordAt(text, Math.max(space + 1, lineStart), colon)) return -1;
  const from = Math.max(lineStart, colon - 80);
  const words = wordsIn(text, from, colon);
  let best = -1;
  for (let n = 1; n <= Math.min(MAX_WORDS, words.length); n++) {
    const first = words[words.length - n];
    if (!first || !WORD.test(first.w.replace(/[.!?;,)]$/, ''))) break;
    // A sentence's end before the run closes it: "… at scale. What it takes".
    if (n > 1 && /[.!?;,)]$/.test(first.w)) break;
    // A longer run holds this word too: no whole heading past it.
    if (!isHeadingWord(first.w)) break;
    if (!isCapitalised(first.w)) continue;
    const label = text.slice(first.at, colon);
    if (wholeHeadingKind(label) !== null) best = first.at;
  }
  return best;
}

/**
 * Where a flat heading starting at `at` (after a sentence's end) ends: the longest run of
 * capitalised words (and "&", "and", "of"…) that is a whole heading and is followed by a
 * capitalised word; -1 if none.
 */
function flatHeadingEnd(text: string, at: number, lineEnd: number): number {
  // Most sentences start with a word no heading has: one look at it.
  const firstEnd = text.indexOf(' ', at);
  if (!isHeadingWordAt(text, at, firstEnd < 0 ? lineEnd : Math.min(firstEnd, lineEnd))) return -1;
  // The words of the next 100 characters, at most MAX_WORDS + 1, are read one at a time:
  // most runs end at their second or third word.
  const to = Math.min(lineEnd, at + 100);
  let lastAt = spacesEnd(text, at, to);
  let lastEnd = wordEnd(text, lastAt, to);
  let end = -1;
  for (let n = 1; n <= MAX_WORDS && lastAt < to; n++) {
    const nextAt = spacesEnd(text, lastEnd, to);
    if (nextAt >= to) break;
    const nextEnd = wordEnd(text, nextAt, to);
    const last = text.slice(lastAt, lastEnd);
    const wordEndsAt = lastEnd;
    lastAt = nextAt;
    lastEnd = nextEnd;
    if (!WORD.test(last) || !isHeadingWord(last)) break;
    if (!isCapitalised(last) && !FUNCTION_WORD.test(last)) break;
    // "Required Qualifications: …" is a label before a colon, not a flat heading.
    if (text.charCodeAt(nextEnd - 1) === 58) break;
    // The heading ends on a word of its own ("Minimum of 3 years", "Job Summary The …" end
    // no heading) before a capitalised word that no heading goes on with ("Essential Job
    // Functions" does not end at "Job").
    if (FUNCTION_WORD.test(last) || !capitalAt(text, nextAt, nextEnd)) continue;
    if (isHeadingWordAt(text, nextAt, nextEnd)) continue;
    if (wholeHeadingKind(text.slice(at, wordEndsAt)) !== null) end = wordEndsAt;
  }
  return end;
}

/**
 * Whether what precedes a label on its line is prose it was flattened into: a sentence's end,
 * or more words than a heading has. After a bullet mark the label is at its line's start
 * already; after a word or two it is the tail of a longer heading ("**Ideal Skills:**").
 * Read backwards from the label, a few words at most.
 */
function afterProse(text: string, lineStart: number, at: number): boolean {
  let k = at - 1;
  while (k >= lineStart && text.charCodeAt(k) === 32) k--;
  if (k >= lineStart && '.!?;)'.includes(text.charAt(k))) return true;
  let words = 0;
  let inWord = false;
  for (; k >= lineStart; k--) {
    const letter = /[\p{L}\d]/u.test(text.charAt(k));
    if (letter && !inWord && ++words > MAX_WORDS) return true;
    inWord = letter;
  }
  return false;
}

/** Where each colon is, in one pass over the text. */
function colonsIn(text: string): number[] {
  const out: number[] = [];
  for (
    let at = text.indexOf(':');
    at >= 0 && out.length < MAX_TRIES;
    at = text.indexOf(':', at + 1)
  )
    out.push(at);
  return out;
}

/** Where each sentence end is, in one pass (`test`: every match is two characters long). */
function sentenceEndsIn(text: string): number[] {
  const out: number[] = [];
  SENTENCE_END.lastIndex = 0;
  while (out.length < MAX_TRIES && SENTENCE_END.test(text)) out.push(SENTENCE_END.lastIndex - 2);
  SENTENCE_END.lastIndex = 0;
  return out;
}

/** The text with mid-line labels and flat headings on lines of their own. */
export function breakFlatLabels(text: string): string {
  const cuts: Array<[number, number]> = [];
  // Colons and sentence ends are found once: looking for the next one from each line's start
  // would read the text again for every line before it.
  const colons = colonsIn(text);
  const ends = sentenceEndsIn(text);
  let tries = 0;
  let ci = 0;
  let ei = 0;
  let lineStart = 0;
  while (lineStart < text.length && tries < MAX_TRIES) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    // Labels before a colon in mid-line.
    for (; ci < colons.length && (colons[ci] as number) < lineEnd; ci++) {
      if (++tries > MAX_TRIES) break;
      const c = colons[ci] as number;
      const at = labelBefore(text, lineStart, c);
      if (at > lineStart && afterProse(text, lineStart, at)) cuts.push([at, -1]);
    }
    // Title-case headings after a sentence's end.
    for (; ei < ends.length && (ends[ei] as number) < lineEnd; ei++) {
      if (++tries > MAX_TRIES) break;
      const at = (ends[ei] as number) + 2;
      if (!isCapitalised(text.charAt(at))) continue;
      const end = flatHeadingEnd(text, at, lineEnd);
      if (end > 0) cuts.push([at, end]);
    }
    lineStart = lineEnd + 1;
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [at, end] of cuts) {
    if (at < from || (at === from && from > 0)) continue;
    out += `${text.slice(from, at).trimEnd()}\n`;
    from = at;
    if (end > 0) {
      out += `${text.slice(at, end)}\n`;
      from = end;
      while (text.charCodeAt(from) === 32) from++;
    }
  }
  return out + text.slice(from);
}
