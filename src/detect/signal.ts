import { gateWordsIn } from './gate-words.ts';

/** One piece of evidence for or against "this page is one job posting". */
export interface Signal {
  /** Log-odds contribution: positive for a posting, negative against. */
  weight: number;
  /** Plain language, shown to the user ("has a requirements section"). */
  reason: string;
}

/** The part of a text the detector reads: enough for any posting, bounded for any page. */
export const DETECT_CHARS = 60_000;
export const DETECT_LINES = 3000;

export function detectLines(text: string): string[] {
  return text
    .slice(0, DETECT_CHARS)
    .split('\n')
    .slice(0, DETECT_LINES)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const LINK = /\[([^\]]{0,200})\]\([^)]{0,500}\)/g;
const EDGE_PIPES = /^[|\s]+|[|\s]+$/g;
const DECOR = /[*_`]{1,3}/g;

function pipeOrSpace(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c === 124 || c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(s.charAt(at));
}

/**
 * Line without Markdown decoration, bullets or table pipes. Each rewrite runs only when its
 * character is there: most lines have none, and this runs on every line of every page.
 */
export function plainLine(line: string): string {
  let s = line;
  if (s.includes('[')) s = s.replace(LINK, '$1');
  if (s !== '' && (pipeOrSpace(s, 0) || pipeOrSpace(s, s.length - 1)))
    s = s.replace(EDGE_PIPES, '');
  if (s.charCodeAt(0) === 35) s = s.replace(/^#{1,6}\s*/, '');
  const c = s.charCodeAt(0);
  // "•", "*", "-", "–", "—"
  if (c === 0x2022 || c === 42 || c === 45 || c === 0x2013 || c === 0x2014) {
    s = s.replace(/^[•*\-–—]\s+/, '');
  }
  if (s.includes('*') || s.includes('_') || s.includes('`')) s = s.replace(DECOR, '');
  return s.trim();
}

/**
 * What every detector reads, computed once per page: the bounded body, its non-empty lines
 * (trimmed and made plain), and the lower-case words in it. A pattern that needs a word the
 * body lacks is not run: on a posting most negative patterns are skipped this way.
 */
export interface DetectView {
  body: string;
  lines: string[];
  plain: string[];
  /** Where each gate word occurs in the body (start offsets), for the gate words present. */
  words: ReadonlyMap<string, readonly number[]>;
}

export function detectView(text: string): DetectView {
  const body = text.slice(0, DETECT_CHARS);
  const lines = detectLines(body);
  return { body, lines, plain: lines.map(plainLine), words: gateWordsIn(body) };
}
