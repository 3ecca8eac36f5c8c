import { NAMED_REFERENCES } from './named-references.ts';
import { forEachTextSpan } from './text-spans.ts';

/**
 * linkedom's parser hands each character reference in text to the DOM as a Text node of its
 * own: "a&nbsp;b&mdash;c" is five nodes, and a page of 1 MB of references 170,000 nodes, each
 * a costly object (most of the parse time, then garbage collection). Before linkedom parses a
 * page, references in its text (text-spans.ts) are written as their characters, so each run
 * of text stays one node: the same document, its text nodes merged. Only references the
 * parser would read as that one character whatever surrounds them: with their semicolon, to
 * a character that cannot join what stands before it into another reference (not a letter,
 * digit, "#" or ";"), nor open a tag ("<"), nor be white space (which <pre> keeps apart).
 */

/** Letters, digits and "#": after a written "&", they would start a reference. */
function startsReference(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x23;
}
const NAME = /[a-zA-Z][a-zA-Z0-9]{0,31};/y;

/** The character of a numeric reference as the parser reads it, null when it remaps it. */
function numericChar(code: number): string | null {
  // The parser's replacements: NUL, surrogates and code points past Unicode read as U+FFFD.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\ufffd';
  // C0 controls and white space; DEL and C1, which the parser remaps to Windows-1252.
  if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return null;
  return String.fromCodePoint(code);
}

function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return hex && lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Where the reference read by `referenceAt` ends. */
let referenceEnd = 0;

/**
 * The character of the reference at `at` (an "&"), its end in `referenceEnd`; null to leave
 * it as written. Numbers of at most 7 digits (6 in hex), names from NAMED_REFERENCES.
 */
function referenceAt(html: string, at: number): string | null {
  if (html.charCodeAt(at + 1) !== 0x23) {
    NAME.lastIndex = at + 1;
    if (!NAME.test(html)) return null;
    const name = html.slice(at + 1, NAME.lastIndex - 1);
    if (!Object.hasOwn(NAMED_REFERENCES, name)) return null;
    referenceEnd = NAME.lastIndex;
    return NAMED_REFERENCES[name] as string;
  }
  const hex = (html.charCodeAt(at + 2) | 0x20) === 0x78;
  const first = at + (hex ? 3 : 2);
  let code = 0;
  let i = first;
  for (; i < first + (hex ? 6 : 7); i++) {
    const d = digitValue(html.charCodeAt(i), hex);
    if (d < 0) break;
    code = code * (hex ? 16 : 10) + d;
  }
  if (i === first || html.charCodeAt(i) !== 0x3b) return null;
  referenceEnd = i + 1;
  return numericChar(code);
}

function plain(char: string): boolean {
  const c = char.charCodeAt(0);
  return !(c === 0x3c || c === 0x3b || c <= 0x20 || startsReference(c));
}

/** The page with the references in its text written as characters; the same string if none. */
export function mergeTextReferences(html: string): string {
  if (!html.includes('&')) return html;
  let out = '';
  let copied = 0;
  forEachTextSpan(html, (start, end) => {
    for (let at = html.indexOf('&', start); at >= 0 && at < end; at = html.indexOf('&', at + 1)) {
      const char = referenceAt(html, at);
      if (char === null || referenceEnd > end || !plain(char)) continue;
      // A written "&" must not meet a name or number it would start a reference with.
      if (char === '&' && startsReference(html.charCodeAt(referenceEnd))) continue;
      out += at > copied ? html.slice(copied, at) + char : char;
      copied = referenceEnd;
      at = referenceEnd - 1;
    }
  });
  return copied === 0 ? html : out + html.slice(copied);
}
