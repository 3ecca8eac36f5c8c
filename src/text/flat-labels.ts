import { isHeadingWord, wholeHeadingKind } from './heading-rules.ts';

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
const COLON = /:/g;

/** Words that join a heading's words but never end it. */
const FUNCTION_WORD = /^(?:&|\/|and|of|for|to|the|a|an|with|in|on|our|your|und|et|y|e)$/i;

/** A heading is a few words. */
const MAX_WORDS = 6;
/** Labels tried at most: a posting has a few dozen; a long page stays linear. */
const MAX_TRIES = 2000;

/** A word of a heading: letters with inner apostrophes or hyphens, "&" or "/". */
const WORD = /^(?:[\p{L}][\p{L}'’-]*|&|\/)$/u;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

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
  if (!isHeadingWord(text.slice(Math.max(space + 1, lineStart), colon))) return -1;
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
  if (!isHeadingWord(text.slice(at, firstEnd < 0 ? lineEnd : Math.min(firstEnd, lineEnd)))) {
    return -1;
  }
  const words = wordsIn(text, at, Math.min(lineEnd, at + 100)).slice(0, MAX_WORDS + 1);
  let end = -1;
  for (let n = 1; n < words.length; n++) {
    const last = words[n - 1];
    const next = words[n];
    if (!last || !next || !WORD.test(last.w) || !isHeadingWord(last.w)) break;
    if (!isCapitalised(last.w) && !FUNCTION_WORD.test(last.w)) break;
    // "Required Qualifications: …" is a label before a colon, not a flat heading.
    if (next.w.endsWith(':')) break;
    // The heading ends on a word of its own ("Minimum of 3 years", "Job Summary The …" end
    // no heading) before a capitalised word that no heading goes on with ("Essential Job
    // Functions" does not end at "Job").
    if (FUNCTION_WORD.test(last.w) || !isCapitalised(next.w) || isHeadingWord(next.w)) continue;
    if (wholeHeadingKind(text.slice(at, last.at + last.w.length)) !== null) {
      end = last.at + last.w.length;
    }
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

/** Every match of a global pattern, found in one pass over the text. */
function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < MAX_TRIES; m = re.exec(text))
    out.push(m.index);
  return out;
}

/** The text with mid-line labels and flat headings on lines of their own. */
export function breakFlatLabels(text: string): string {
  const cuts: Array<[number, number]> = [];
  // Colons and sentence ends are found once: looking for the next one from each line's start
  // would read the text again for every line before it.
  const colons = positions(text, COLON);
  const ends = positions(text, SENTENCE_END);
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
