import { repairMojibake } from './mojibake.ts';

// What each character becomes: kept, a space, a line break, dropped, or a carriage return
// (a line break that swallows a following "\n").
const KEEP = 0;
const SPACE = 1;
const NEWLINE = 2;
const DROP = 3;
const CR = 4;

const ASCII_KIND = new Uint8Array(128);
ASCII_KIND[9] = SPACE; // tab
ASCII_KIND[11] = SPACE; // vertical tab
ASCII_KIND[12] = SPACE; // form feed
ASCII_KIND[32] = SPACE;
ASCII_KIND[10] = NEWLINE;
ASCII_KIND[13] = CR;

/** Non-breaking, thin, figure and other fixed-width spaces; zero-width and bidi controls. */
function wideKind(c: number): number {
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  if (c === 0x202f || c === 0x205f || c === 0x3000) return SPACE;
  if (c === 0xad || c === 0xfeff || (c >= 0x200b && c <= 0x200f)) return DROP;
  if (c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e)) return DROP;
  if ((c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069)) return DROP;
  return KEEP;
}

function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return -1;
  return c < 128 ? (ASCII_KIND[c] as number) : wideKind(c);
}

/**
 * The one text clean-up every extractor sees: mojibake repaired, exotic spaces made plain,
 * invisible characters dropped, line structure kept (sections are found by line). Runs of
 * spaces become one space, spaces around a line break go, at most one blank line is kept,
 * and the ends are trimmed. One pass: the text is copied in runs, and a single space or one
 * or two plain line breaks between words stay inside the run.
 */
export function normalizeText(input: string): string {
  const text = repairMojibake(input);
  const parts: string[] = [];
  let started = false;
  let space = false;
  let newlines = 0;
  let from = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII inside a run, or one space before more of it: the common cases,
    // decided without a look-up.
    if (from >= 0) {
      if (c > 32 && c < 127) continue;
      if (c === 32) {
        const d = text.charCodeAt(i + 1);
        if (d > 32 && d < 127) continue;
      }
    }
    const kind = c < 128 ? (ASCII_KIND[c] as number) : wideKind(c);
    if (kind === KEEP) {
      if (from < 0) {
        if (started && newlines > 0) parts.push(newlines > 1 ? '\n\n' : '\n');
        else if (started && space) parts.push(' ');
        started = true;
        space = false;
        newlines = 0;
        from = i;
      }
      continue;
    }
    if (from >= 0) {
      // Already clean: " " or "\n" or "\n\n" between two kept characters.
      if (c === 32 && kindAt(text, i + 1) === KEEP) continue;
      if (c === 10) {
        if (kindAt(text, i + 1) === KEEP) continue;
        if (text.charCodeAt(i + 1) === 10 && kindAt(text, i + 2) === KEEP) {
          i++;
          continue;
        }
      }
      parts.push(text.slice(from, i));
      from = -1;
    }
    if (kind === SPACE) space = true;
    else if (kind === NEWLINE) newlines++;
    else if (kind === CR) {
      newlines++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  if (from >= 0) parts.push(from === 0 ? text : text.slice(from));
  return parts.length === 1 ? flat(parts[0] as string) : parts.join('');
}

/** Below this length a copy gains nothing worth its cost. */
const FLAT_FROM = 256;

/**
 * Text made of one run is a view into the input (a slice of it, or the input itself, which
 * may be a slice or a concatenation): every extractor then scans it character by character,
 * and engines read a view more slowly than a plain string (V8: about a fifth slower). Joining
 * two pieces copies it into one plain string, a memory copy (about 1 µs for 10 KB).
 */
function flat(run: string): string {
  return run.length < FLAT_FROM ? run : [run.slice(0, 1), run.slice(1)].join('');
}
