/** One token of posting text: a word (with its tech punctuation kept) or one punctuation mark. */
export interface Token {
  /** Source text without a possessive "'s" ("Spark's" -> "Spark"). */
  text: string;
  /** Lower-cased `text`, curly apostrophes made straight: the lookup key. */
  key: string;
  start: number;
  end: number;
  word: boolean;
  /** Spaces (not a newline) separate this token from the previous one. */
  spaceBefore: boolean;
  /** A newline separates this token from the previous one (or it starts the text). */
  lineStart: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

function isAlnum(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  return c >= 0xc0 && LETTER.test(String.fromCharCode(c));
}

const DOT = 46;
const HYPHEN = 45;
const PLUS = 43;
const HASH = 35;
const APOS = 39;
const CURLY_APOS = 0x2019;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Length of a URL or e-mail starting at i, or 0: their words are never skills. */
function linkLength(text: string, i: number): number {
  const head = text.slice(i, i + 8).toLowerCase();
  let j = i;
  if (head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.')) {
    while (j < text.length && !isSpace(text.charCodeAt(j)) && text[j] !== ')') j++;
  }
  return j - i;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** "scale.Technical": two sentences glued by lost markup, not a dotted name like "Socket.IO". */
function sentenceGlue(text: string, dot: number): boolean {
  const next = text.charCodeAt(dot + 1);
  return (
    isLower(text.charCodeAt(dot - 1)) && next >= 65 && next <= 90 && isLower(text.charCodeAt(dot + 2))
  );
}

/** End of the word starting at i: letters and digits joined by inner "." "-" "'", then "++"/"#". */
function wordEnd(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(j) === DOT) j++;
  for (;;) {
    while (j < text.length && isAlnum(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    const joiner = c === DOT || c === HYPHEN || c === APOS || c === CURLY_APOS;
    if (joiner && isAlnum(text.charCodeAt(j + 1)) && !(c === DOT && sentenceGlue(text, j))) {
      j++;
      continue;
    }
    if (c === PLUS || c === HASH) {
      let k = j;
      while (k < text.length && (text.charCodeAt(k) === PLUS || text.charCodeAt(k) === HASH)) k++;
      if (k - j <= 2 && !isAlnum(text.charCodeAt(k))) j = k;
    }
    return j;
  }
}

function makeWord(text: string, start: number, end: number): Token {
  let raw = text.slice(start, end);
  // "Spark's" and "Kubernetes’s": the possessive is not part of the name.
  if (/['’][sS]$/.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
  return {
    text: raw,
    key: raw.toLowerCase().replace(/’/g, "'"),
    start,
    end,
    word: true,
    spaceBefore: false,
    lineStart: false,
  };
}

/** Splits text into tokens in one linear pass. URLs and e-mail addresses are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let space = false;
  let newline = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) newline = true;
      else space = true;
      i++;
      continue;
    }
    // Only "h" (http) and "w" (www.) can start a link.
    const link = c === 104 || c === 72 || c === 119 || c === 87 ? linkLength(text, i) : 0;
    if (link > 0) {
      i += link;
      space = true;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const leadingDot = c === DOT && isAlnum(text.charCodeAt(i + 1)) && !isAlnum(prev);
    let token: Token;
    if (isAlnum(c) || leadingDot) {
      const end = wordEnd(text, i);
      if (text[end] === '@' || text.startsWith('://', end)) {
        // An e-mail address or a scheme-only URL: skip to the next space.
        let j = end;
        while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
        i = j;
        space = true;
        continue;
      }
      token = makeWord(text, i, end);
      i = end;
    } else {
      token = {
        text: text[i] ?? '',
        key: text[i] ?? '',
        start: i,
        end: i + 1,
        word: false,
        spaceBefore: false,
        lineStart: false,
      };
      i++;
    }
    token.spaceBefore = space && !newline;
    token.lineStart = newline;
    space = false;
    newline = false;
    tokens.push(token);
  }
  return tokens;
}

/** The lookup key of a catalog name or alias: its tokens' keys joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(' ');
}

/** The exact-case form of a catalog name or alias, comparable with `exactOf(tokens)`. */
export function phraseExact(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.text)
    .join(' ');
}
