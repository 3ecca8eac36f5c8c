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
  /** A word with an inner "-" or "." ("scikit-learn", "Node.js"): its parts may name skills. */
  joined: boolean;
}

const APOS = 39;
const CURLY_APOS = 0x2019;

// Words keep tech punctuation: inner "." "-" "'" ("Node.js", "scikit-learn"), a leading "."
// (".NET") and a trailing "++"/"#" ("C++", "C#"). A dot between a lower-case letter and a
// capitalised word ("scale.Technical") is two sentences glued by lost markup, not a name.
// Letters of most scripts count; every catalog name is ASCII anyway. A hand-written scanner
// (one object per token, no regex match arrays): this runs over every page the content
// script reads. tokenize.test.ts holds it to the regex it replaced.

/** ASCII: 0 not a letter, 1 lower-case letter or digit, 2 capital. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 2;

/** [A-Za-z0-9], Latin-1 to IPA, Greek to Greek Extended, Glagolitic to Hangul. */
function isL(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] !== 0;
  if (c < 0xc0) return false;
  return c <= 0x2af || (c >= 0x370 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff);
}

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isPlusOrHash = (c: number) => c === 43 || c === 35;

/** End of the run of non-space characters from `i`. */
function nonSpaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** "http://", "https://" (any case) or "www." at `i`: the end of the link, else -1. */
function linkEnd(text: string, i: number): number {
  const c = text.charCodeAt(i) | 32;
  let j = -1;
  if (c === 104 && text.length - i >= 7) {
    if ((text.charCodeAt(i + 1) | 32) !== 116 || (text.charCodeAt(i + 2) | 32) !== 116) return -1;
    if ((text.charCodeAt(i + 3) | 32) !== 112) return -1;
    let k = i + 4;
    if ((text.charCodeAt(k) | 32) === 115) k++;
    if (
      text.charCodeAt(k) === 58 &&
      text.charCodeAt(k + 1) === 47 &&
      text.charCodeAt(k + 2) === 47
    ) {
      j = k + 3;
    }
  } else if (c === 119 && (text.charCodeAt(i + 1) | 32) === 119) {
    if ((text.charCodeAt(i + 2) | 32) === 119 && text.charCodeAt(i + 3) === 46) j = i + 4;
  }
  if (j < 0) return -1;
  // [^\s)]*
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 41 || isSpace(d)) break;
    j++;
  }
  return j;
}

/** End of the word starting at `i` (with its leading dot), or -1 when none starts there. */
// Case classes of a word: 0 ASCII without capitals (its own key), 1 ASCII with capitals,
// 2 anything beyond ASCII. Returned with the end as `end * 4 + class`: no shared state.

/** End of the run of letters from `p` and the case class so far, as `end * 4 + class`. */
function lettersEnd(text: string, p: number, n: number, cls: number): number {
  let q = p;
  let k = cls;
  for (; q < n; q++) {
    const c = text.charCodeAt(q);
    if (c < 128) {
      const a = ASCII_CLASS[c] as number;
      if (a === 0) break;
      if (a === 2 && k === 0) k = 1;
    } else {
      if (!isL(c)) break;
      k = 2;
    }
  }
  return q * 4 + k;
}

/**
 * End of the word starting at `i` (with its leading dot) as `end * 8 + joined + class`
 * (joined: 4 when an inner "-" or "." joins its parts), or -1.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let p = i;
  if (text.charCodeAt(p) === 46) {
    if (i > 0 && isL(text.charCodeAt(i - 1))) return -1;
    p++;
  }
  if (p >= n || !isL(text.charCodeAt(p))) return -1;
  let r = lettersEnd(text, p, n, 0);
  p = r >> 2;
  let cls = r & 3;
  let joined = 0;
  // Joined parts: "-", "'", "’", and "." unless it glues a lower-case letter to "Xy".
  while (p + 1 < n) {
    // The joiner first: most words end at a space, and the letter after it is not read.
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 45 && c !== APOS && c !== CURLY_APOS) break;
    if (!isL(text.charCodeAt(p + 1))) break;
    if (c === 46) {
      const glue =
        isLowerAscii(text.charCodeAt(p - 1)) &&
        isUpperAscii(text.charCodeAt(p + 1)) &&
        isLowerAscii(text.charCodeAt(p + 2));
      if (glue) break;
    } else if (c === CURLY_APOS) cls = 2;
    if (c === 46 || c === 45) joined = 4;
    r = lettersEnd(text, p + 1, n, cls);
    p = r >> 2;
    cls = r & 3;
  }
  // "C++", "C#", "F#": one or two of them, not followed by a letter or another one.
  if (isPlusOrHash(text.charCodeAt(p))) {
    const next = text.charCodeAt(p + 1);
    if (isPlusOrHash(next)) {
      const after = text.charCodeAt(p + 2);
      if (!(isL(after) || isPlusOrHash(after))) p += 2;
    } else if (!isL(next)) p += 1;
  }
  return p * 8 + joined + cls;
}

// One-character tokens are common (punctuation): share their strings.
const CHARS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * Tokens read per text, at most: a long posting has under 5,000. Past this the text is not
 * one posting's prose (a symbol soup makes a token of every character) and is not read.
 */
export const MAX_TOKENS = 30_000;

/**
 * Splits text into tokens in one linear pass, up to MAX_TOKENS. URLs and e-mail addresses
 * are skipped.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The key of an ASCII word is its own lower case. Other keys are sliced from one
  // lower-cased copy of the text (curly apostrophes straightened: lower-casing depends on
  // context, Greek final sigma), made only when such a token comes, unless lower-casing
  // changed the length somewhere ("İ"): then each of them is lower-cased alone.
  let folded: string | null = null;
  let aligned = false;
  const wideKey = (from: number, to: number, raw: string): string => {
    if (folded === null) {
      const lower = text.toLowerCase();
      folded = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
      aligned = folded.length === text.length;
    }
    return aligned ? folded.slice(from, to) : raw.toLowerCase().replace(/’/g, "'");
  };
  const n = text.length;
  let newline = true;
  let space = false;
  let i = 0;
  while (i < n && tokens.length < MAX_TOKENS) {
    const c = text.charCodeAt(i);
    // U+1680 and U+3000 are spaces inside the letter ranges: letters win, as they always did.
    if (isSpace(c) && !isL(c)) {
      if (c === 10) newline = true;
      else space = true;
      i++;
      continue;
    }
    const link = c === 104 || c === 72 || c === 119 || c === 87 ? linkEnd(text, i) : -1;
    if (link >= 0) {
      // Links are skipped, but they separate their neighbours (the gap before them is
      // forgotten, as it always was: a link at a line start does not start the next token's line).
      newline = tokens.length === 0;
      space = true;
      i = link;
      continue;
    }
    const found = wordEnd(text, i);
    if (found < 0) {
      const ch = c < 128 ? (CHARS[c] as string) : text.charAt(i);
      const key =
        c < 128 ? (c >= 65 && c <= 90 ? (CHARS[c | 32] as string) : ch) : wideKey(i, i + 1, ch);
      tokens.push({
        text: ch,
        key,
        start: i,
        end: i + 1,
        word: false,
        spaceBefore: space && !newline,
        lineStart: newline,
        joined: false,
      });
      newline = false;
      space = false;
      i++;
      continue;
    }
    // Unsigned: end * 8 may pass 2^31 on the longest strings an engine allows.
    const end = found >>> 3;
    const wordCase = found & 3;
    const tail = text.charCodeAt(end);
    if (
      tail === 64 ||
      (tail === 58 && text.charCodeAt(end + 1) === 47 && text.charCodeAt(end + 2) === 47)
    ) {
      // An e-mail address or a "scheme://" link: skipped, and a separator.
      newline = tokens.length === 0;
      space = true;
      i = nonSpaceEnd(text, end);
      continue;
    }
    let length = end - i;
    if (length > 2) {
      // "Spark's" and "Kubernetes’s": the possessive is not part of the name.
      const apos = text.charCodeAt(end - 2);
      const last = text.charCodeAt(end - 1);
      if ((apos === APOS || apos === CURLY_APOS) && (last === 115 || last === 83)) length -= 2;
    }
    const raw = text.slice(i, i + length);
    // The trailing "+", "#" and a cut possessive never change the case class.
    const key =
      wordCase === 0 ? raw : wordCase === 1 ? raw.toLowerCase() : wideKey(i, i + length, raw);
    tokens.push({
      text: raw,
      key,
      start: i,
      end,
      word: true,
      spaceBefore: space && !newline,
      lineStart: newline,
      joined: (found & 4) !== 0,
    });
    newline = false;
    space = false;
    i = end;
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
