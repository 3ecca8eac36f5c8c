import { isSpace } from './tokenize.ts';

const MAX = 200;

/**
 * The line a mention sits on, trimmed to at most 200 characters: the sentence around the
 * mention when the line is longer, a window centred on it when the sentence is too.
 */
export function evidenceFor(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.length <= MAX) return line;
  // The sentence: from after the previous ". " to the next one, within the line. Both scans
  // stop once they pass more than MAX visible characters: such a sentence is too long to use
  // anyway, and on a huge line an unbounded scan per mention would cost line x mentions.
  let from = start;
  let seen = 0;
  while (from > lineStart && !sentenceStartsAt(text, from) && seen <= MAX) {
    from--;
    if (!isSpace(text.charCodeAt(from))) seen++;
  }
  let to = end;
  seen = 0;
  while (to < lineEnd && !isSentenceEnd(text.charCodeAt(to)) && seen <= MAX) {
    if (!isSpace(text.charCodeAt(to))) seen++;
    to++;
  }
  const sentence = text.slice(from, Math.min(to + 1, lineEnd)).trim();
  if (sentence.length <= MAX && sentence.length > 0) return sentence;
  const half = Math.floor((MAX - 2) / 2);
  const mid = Math.floor((start + end) / 2);
  let a = Math.max(lineStart, mid - half);
  let b = Math.min(lineEnd, a + MAX - 2);
  // Never cut an astral character (emoji, CJK extension B) in half: a lone surrogate breaks
  // storage, messaging and display downstream.
  if (a > lineStart && isLowSurrogate(text.charCodeAt(a))) a += 1;
  if (b < lineEnd && isLowSurrogate(text.charCodeAt(b))) b -= 1;
  return `…${text.slice(a, b).trim()}…`.slice(0, MAX);
}

/** ".", "!", "?" or ";". */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59;
}

/** A sentence end and a space just before `at` (". " then the sentence). */
function sentenceStartsAt(text: string, at: number): boolean {
  return at >= 2 && isSentenceEnd(text.charCodeAt(at - 2)) && isSpace(text.charCodeAt(at - 1));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
