import { isHeadingWordAt, wholeHeadingKind } from './heading-rules.ts';

/**
 * A heading glued to the text after it, as scraped text loses the line break between them:
 * "ResponsibilitiesOperate the forklift", "Company DescriptionWelcome to…", "…dados.Requisitos
 * e qualificaçõesSuperior completo". A label starts a line or follows a sentence's end with
 * no space; it runs over letters and spaces to the first place a capital follows a small
 * letter or a digit follows one ("Qualifications3+ years"), or a capital starts a word after
 * capitals ("DUTIESThe"). Only a label that is a
 * whole heading is cut out; "JavaScript" and "GitHub" have no heading before their capital.
 */

/** The longest label: a heading is a few words. */
const MAX_LABEL = 60;
const UPPER = 1;
const LOWER = 2;
const JOINER = 4;
const DIGIT = 8;

/** Labels tried at most: a posting has a few dozen; a long page stays linear. */
const MAX_LABELS = 2000;

/** Whether a character is a capital, a small letter, or a space or joiner a label may hold. */
function classOf(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 97 && c <= 122) return LOWER;
    if (c >= 48 && c <= 57) return DIGIT;
    return c === 32 || c === 38 || c === 47 || c === 44 || c === 45 ? JOINER : 0;
  }
  const ch = text.charAt(at);
  const lower = ch.toLowerCase();
  if (ch !== lower) return UPPER;
  return lower !== ch.toUpperCase() ? LOWER : 0;
}

const isUpper = (text: string, at: number) => classOf(text, at) === UPPER;

/**
 * Where the label starting at `at` ends: the first place a capital follows a small letter,
 * or a capital that starts a word after capitals ("DUTIESThe"); -1 when the letters,
 * spaces and joiners run out first.
 */
function junctionAfter(text: string, at: number): number {
  const end = Math.min(text.length - 1, at + MAX_LABEL);
  let prev = classOf(text, at);
  let firstWord = true;
  for (let k = at + 1; k <= end; k++) {
    const cur = classOf(text, k);
    // Most sentences start with a word no heading has: one look at it ends the scan (no
    // whole heading can start with that word).
    if (firstWord && cur === JOINER) {
      if (!isHeadingWordAt(text, at, k)) return -1;
      firstWord = false;
    }
    // "Qualifications8+ years": a figure glued to a label ends it, as a capital does.
    if (cur === DIGIT) return prev === LOWER ? k : -1;
    if (cur === 0) return -1;
    if (cur === UPPER && prev === LOWER) return k;
    if (cur === UPPER && prev === UPPER && classOf(text, k + 1) === LOWER) return k;
    prev = cur;
  }
  return -1;
}

/**
 * Where a label may start: a line's start, or a sentence's end (and a space), before a
 * capital (Latin Extended-A holds both cases: the capital is checked again).
 */
const START = /[\n.;!?)] ?[A-ZÀ-ÖØ-ÞĀ-ſ]/g;

/** The text with every glued heading on a line of its own. */
export function unglueHeadings(text: string): string {
  let out = '';
  let from = 0;
  let tried = 0;
  const cut = (at: number): number => {
    const end = junctionAfter(text, at);
    if (end < 0 || wholeHeadingKind(text.slice(at, end).trim()) === null) return -1;
    const lineStart = at === 0 || text.charCodeAt(at - 1) === 10;
    // The space after a sentence's end goes with the break.
    const before = !lineStart && text.charCodeAt(at - 1) === 32 ? at - 1 : at;
    out += `${text.slice(from, before)}${lineStart ? '' : '\n'}${text.slice(at, end)}\n`;
    from = end;
    return end;
  };
  if (isUpper(text, 0)) cut(0);
  START.lastIndex = from;
  // `test`, not `exec`: the match ends at its capital, and no match array is made.
  while (START.test(text)) {
    const at = START.lastIndex - 1;
    if (at < from || !isUpper(text, at)) continue;
    if (++tried > MAX_LABELS) break;
    const end = cut(at);
    if (end > 0) START.lastIndex = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
