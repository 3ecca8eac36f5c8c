import { dollarPrefixCode, SYMBOLS, TEXT_CODES } from './currency-table.ts';

/**
 * One linear pass that cuts text into the pieces salary phrases are made of. Every token
 * keeps its offsets so the parser can return the exact source text of a range.
 */
export type TokenKind = 'num' | 'word' | 'sym' | 'dash' | 'punct' | 'nl';

export interface Token {
  kind: TokenKind;
  text: string;
  /**
   * The text lower-cased, for the many look-ups that compare words in lower case: the text
   * itself when nothing in it has a case (most words, every non-word), else null until
   * lowerOf first makes it (lower-casing every capitalised word up front costs more than the
   * look-ups save).
   */
  lower: string | null;
  start: number;
  end: number;
}

/**
 * Dashes, incl. U+FFFD: a cp1252 en/em dash read as UTF-8 becomes the replacement char; the
 * wave dashes of Japanese ranges ("1,300円～1,625円").
 */
const DASHES = ['–', '—', '‒', '―', '−', '\uFFFD', '～', '〜'];
/** Non-ASCII punctuation that separates phrases; other symbols (emoji, arrows) are skipped. */
const WIDE_PUNCT = ['•', '·', '…', '“', '”', '‘', '’', '«', '»', '│', '▪', '►', '≥', '≤'];
/** Kind of each non-ASCII char that is not a letter but matters, by char code. */
const WIDE_KINDS = new Map<number, TokenKind>([
  ...Object.keys(SYMBOLS).map((c) => [c.charCodeAt(0), 'sym'] as const),
  ...DASHES.map((c) => [c.charCodeAt(0), 'dash'] as const),
  ...WIDE_PUNCT.map((c) => [c.charCodeAt(0), 'punct'] as const),
]);
const LETTER = /\p{L}/u;

/** One-character strings of ASCII, shared by the many punctuation tokens. */
const ASCII: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Letters by char code; Latin ranges answered without the Unicode regex, surrogates never letters. */
function isLetterCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(code));
}

/** A decimal separator at `i` with exactly two digits after it: "125 600,00". */
function isCents(text: string, i: number): boolean {
  return isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3]);
}

/**
 * End of a numeral starting at `i`: digits joined by single separators. A space joins only
 * a group of exactly three digits ("45 000"), so "5 100" in prose is rarely glued, and never
 * after a comma/dot numeral (mixing styles is a list, not a number).
 */
function scanNumber(text: string, i: number): number {
  let j = i;
  let groupLen = 0;
  let sawPunctSep = false;
  let sawSpace = false;
  while (j < text.length) {
    const c = text[j];
    if (isDigit(c)) {
      j++;
      groupLen++;
      continue;
    }
    if (sawSpace && (c === ',' || c === '.') && isCents(text, j)) {
      // "98 400,00": cents after space grouping end the numeral.
      j += 3;
      break;
    }
    if ((c === ',' || c === '.' || c === "'" || c === '’') && isDigit(text[j + 1]) && !sawSpace) {
      sawPunctSep = true;
      groupLen = 0;
      j++;
      continue;
    }
    const spaceGroup =
      c === ' ' &&
      !sawPunctSep &&
      groupLen <= 3 &&
      isDigit(text[j + 1]) &&
      isDigit(text[j + 2]) &&
      isDigit(text[j + 3]) &&
      !isDigit(text[j + 4]) &&
      ((text[j + 4] !== ',' && text[j + 4] !== '.') || isCents(text, j + 4));
    if (spaceGroup) {
      sawSpace = true;
      groupLen = 0;
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** "USDOur" (a code glued to the next sentence by lost markup) splits into "USD" + "Our". */
function splitGluedCode(word: string, length: number): number {
  if (word.length < 5) return length;
  const head = word.slice(0, 3);
  const c3 = word[3] ?? '';
  const c4 = word[4] ?? '';
  const glued = TEXT_CODES.has(head) && c3 >= 'A' && c3 <= 'Z' && c4 >= 'a' && c4 <= 'z';
  return glued ? 3 : length;
}

const isLowerCode = (code: number) => code >= 97 && code <= 122;

/** Capitals an abbreviation glued before a capitalised word may have ("AZ", "NYC", "USA"). */
const MAX_GLUED_CAPITALS = 4;

/**
 * "AZPay", "NYCSalary": a state or country abbreviation glued to the next line's first word.
 * The split needs two lower-case letters after the word's capital, so "PDFs", "SQLs" and
 * "IDs" stay whole.
 */
function capitalsBreak(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isUpperCode(text.charCodeAt(k))) k++;
  const head = k - 1 - from;
  if (head < 2 || head > MAX_GLUED_CAPITALS || k + 1 >= to) return 0;
  return isLowerCode(text.charCodeAt(k)) && isLowerCode(text.charCodeAt(k + 1)) ? k - 1 : 0;
}

/**
 * Where a word glued to the next sentence by a lost line break splits ("salaryAnnual",
 * "hrBenefits", after digits "kEmployment", "AZPay"), or 0: lower-case letters, then a capital
 * and a lower-case letter. "JavaScript", "iPhone" and "macOS" stay whole.
 */
function lostBreak(text: string, from: number, to: number, afterDigit: boolean): number {
  if (isUpperCode(text.charCodeAt(from)) && isUpperCode(text.charCodeAt(from + 1))) {
    return capitalsBreak(text, from, to);
  }
  const minHead = afterDigit ? 1 : 2;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isLowerCode(c)) continue;
    const split =
      k - from >= minHead && isUpperCode(c) && k + 1 < to && isLowerCode(text.charCodeAt(k + 1));
    return split ? k : 0;
  }
  return 0;
}

/** "SalárioR$": capitals glued between a word and "$" are the dollar's prefix, cut off the word. */
function dollarLetters(text: string, from: number, to: number): number {
  if (text.charCodeAt(to) !== 36 || to - from < 3) return to;
  let k = to;
  while (k > from && isUpperCode(text.charCodeAt(k - 1)) && to - k < 3) k--;
  if (k === to || k === from || isUpperCode(text.charCodeAt(k - 1))) return to;
  return dollarPrefixCode(text.slice(k, to)) ? k : to;
}

/** "60?70 K€": a question mark between digits is a dash lost to a wrong encoding. */
function lostDash(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1));
}

/**
 * Tokens of text[from, to), appended to `out`, offsets in `text`. Tokens never cross a line
 * break, so a range that starts at a line start (or after a "\n") reads as the whole would.
 */
export function tokenize(
  text: string,
  from = 0,
  to: number = text.length,
  out: Token[] = [],
): Token[] {
  const tokens = out;
  let i = from;
  const n = to;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    let end = i + 1;
    let kind: TokenKind | undefined;
    if (isDigitCode(code)) {
      kind = 'num';
      end = scanNumber(text, i);
    } else if (code === 10) {
      kind = 'nl';
    } else if (isLetterCode(code)) {
      kind = 'word';
      // A lost line break splits only before a capital after the first letter: most words
      // have none and skip that test.
      let innerCapital = false;
      // Any letter but lower-case ASCII may lower-case to something else.
      let cased = !isLowerCode(code);
      while (end < n) {
        const c = text.charCodeAt(end);
        // Lower-case ASCII first: nearly every letter of a word is one.
        if (isLowerCode(c)) {
          end++;
        } else if (isLetterCode(c)) {
          innerCapital ||= isUpperCode(c);
          cased = true;
          end++;
        } else {
          break;
        }
      }
      // Only three capitals then "Xy" can be a glued code: the rest never cut a string.
      if (end - i >= 5 && isUpperCode(code) && isUpperCode(text.charCodeAt(i + 3))) {
        end = i + splitGluedCode(text.slice(i, i + 5), end - i);
      }
      const glued = innerCapital ? lostBreak(text, i, end, isDigitCode(text.charCodeAt(i - 1))) : 0;
      if (glued > 0) {
        // "salaryAnnual", "$23/hrBenefits": a line break lost with the markup.
        const head = text.slice(i, glued);
        tokens.push({ kind, text: head, lower: null, start: i, end: glued });
        tokens.push({ kind: 'nl', text: '', lower: '', start: glued, end: glued });
        i = glued;
        continue;
      }
      end = dollarLetters(text, i, end);
      const word = text.slice(i, end);
      tokens.push({ kind, text: word, lower: cased ? null : word, start: i, end });
      i = end;
      continue;
    } else if (code < 128) {
      kind =
        code === 36 ? 'sym' : code === 45 || (code === 63 && lostDash(text, i)) ? 'dash' : 'punct';
    } else {
      kind = WIDE_KINDS.get(code);
    }
    if (kind === undefined) {
      i++;
      continue;
    }
    // Figures, symbols, dashes and punctuation have no case.
    const piece = end === i + 1 && code < 128 ? (ASCII[code] as string) : text.slice(i, end);
    tokens.push({ kind, text: piece, lower: piece, start: i, end });
    i = end;
  }
  return tokens;
}

/** The token's text lower-cased ('' for no token), made on first use and kept. */
export function lowerOf(t: Token | undefined): string {
  if (t === undefined) return '';
  if (t.lower === null) t.lower = t.text.toLowerCase();
  return t.lower;
}

/** Whether the character makes a token (spaces and unknown symbols are skipped). */
export function makesToken(code: number): boolean {
  if (code === 32) return false;
  return code < 128 || isLetterCode(code) || WIDE_KINDS.has(code);
}

/** True when `a` ends exactly where `b` starts (nothing, not even a space, between). */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Letters glued before a `$` that name the dollar ("CA$" -> CAD), else null. */
export function dollarPrefix(word: Token | undefined, dollar: Token | undefined): string | null {
  if (!word || !dollar || word.kind !== 'word' || dollar.text !== '$' || !touching(word, dollar)) {
    return null;
  }
  return dollarPrefixCode(word.text);
}
