import { classifyHeading, wholeHeadingKind } from './heading-rules.ts';

export { classifyHeading, normalizeHeading } from './heading-rules.ts';

export type SectionKind =
  | 'required'
  | 'preferred'
  | 'responsibilities'
  | 'benefits'
  | 'compensation'
  | 'about'
  | 'other';

/** A run of lines under one heading. `text` is `input.slice(start, start + text.length)`. */
export interface Section {
  heading: string | null;
  kind: SectionKind;
  text: string;
  start: number;
}

interface HeadingHit {
  heading: string;
  kind: SectionKind | null;
  /** Label followed by content on the same line ("Salary: $100k"). */
  inline: boolean;
  strong: boolean;
  bullet: boolean;
}

const BULLET = /^(?:[-*•·▪●◦‣]|\d{1,2}[.)])\s+/;
// Headings are short; longer lines are only checked for an inline label at their start.
const MAX_PLAIN_HEADING = 80;

function isDecor(c: number): boolean {
  return c === 42 || c === 95 || c === 32; // "*", "_", " "
}

function stripDecor(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isDecor(s.charCodeAt(a))) a++;
  while (b > a && isDecor(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Runs of non-space characters (as `split(/\s+/)` without empties would count them). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s.charAt(i)));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function cleanLabel(s: string): string {
  const t = stripDecor(s);
  return t.includes('*') || t.includes('_') ? t.replace(/[*_]+/g, '') : t;
}

const isStarOrUnderscore = (c: number) => c === 42 || c === 95;
/** A character a BULLET match starts with: a mark from its class, or a digit. */
const BULLET_MARKS = new Set([...'-*•·▪●◦‣'].map((m) => m.charCodeAt(0)));
const mayStartBullet = (c: number) => (c >= 48 && c <= 57) || BULLET_MARKS.has(c);

function inlineLabel(inner: string, bullet: boolean): HeadingHit | null {
  const colon = inner.indexOf(':');
  if (colon < 2 || colon > 70) return null;
  const head = cleanLabel(inner.slice(0, colon));
  const rest = stripDecor(inner.slice(colon + 1));
  if (rest === '' || wordCount(head) > 7) return null;
  // A whole heading has a kind: the one its rule gives.
  const kind = wholeHeadingKind(head);
  return kind ? { heading: head, kind, inline: true, strong: false, bullet } : null;
}

function detectHeading(raw: string): HeadingHit | null {
  let s = raw.trim();
  if (s === '') return null;
  const md = s.charCodeAt(0) === 35 && /^#{1,6}\s+/.test(s);
  if (md) s = s.replace(/^#{1,6}\s+/, '');
  const bullet = !md && !s.startsWith('**') && mayStartBullet(s.charCodeAt(0)) && BULLET.test(s);
  // A bullet is a heading only as a label ("- Salary: …", "- Requirements:"): without a colon
  // it is a list item, and most lines of a posting are.
  if (bullet && !s.includes(':')) return null;
  if (bullet) s = s.replace(BULLET, '');
  // Only a line that is not a bullet can be a whole bold heading.
  const boldWhole =
    !bullet &&
    isStarOrUnderscore(s.charCodeAt(0)) &&
    isStarOrUnderscore(s.charCodeAt(1)) &&
    /[*_]{2}:?$/.test(s.slice(-3));
  if ((md || boldWhole) && !bullet && s.length <= 300) {
    const inner = stripDecor(s);
    if (inner !== '' && !(boldWhole && inner.includes('**'))) {
      const label = cleanLabel(inner.replace(/:$/, ''));
      return { heading: label, kind: classifyHeading(label), inline: false, strong: true, bullet };
    }
  }
  if (s.length > MAX_PLAIN_HEADING * 2) return inlineLabel(s.slice(0, 120), bullet);
  const inner = stripDecor(s);
  if (inner === '') return null;
  if (inner.endsWith(':')) {
    const label = cleanLabel(inner.slice(0, -1));
    if (wordCount(label) <= 10) {
      const kind = classifyHeading(label);
      if (bullet && kind === null) return null;
      // "…we would like you to\nbe at home in these areas:": a sentence wrapped onto a line of
      // its own, not a heading of an unknown kind.
      if (kind === null && /^\p{Ll}/u.test(label)) return null;
      return { heading: label, kind, inline: false, strong: false, bullet };
    }
  }
  const inline = inlineLabel(inner, bullet);
  if (inline) return inline;
  // A question is a heading only when its words are one ("Wat bieden wij?", "¿Qué ofrecemos?").
  if (bullet || inner.length > MAX_PLAIN_HEADING || /[.!,;]$/.test(inner)) return null;
  const label = cleanLabel(inner.endsWith('?') ? inner.slice(0, -1).trimEnd() : inner);
  if (wordCount(label) > 8) return null;
  const kind = wholeHeadingKind(label);
  return kind ? { heading: label, kind, inline: false, strong: false, bullet } : null;
}

/**
 * Splits normalized posting text into sections by heading lines, markdown/bold headings and
 * inline labels ("Minimum Requirements: ..."). Text before the first heading is one section
 * with a null heading. Never throws; non-string input gives [].
 */
export function splitSections(text: string): Section[] {
  if (typeof text !== 'string' || text === '') return [];
  const sections: Section[] = [];
  let current: Section = { heading: null, kind: 'other', text: '', start: 0 };
  // After a one-line bullet label, the enclosing section resumes on the next line.
  let resume: { heading: string | null; kind: SectionKind } | null = null;
  const open = (start: number, heading: string | null, kind: SectionKind) => {
    current.text = text.slice(current.start, start);
    if (current.text.trim() !== '') sections.push(current);
    current = { heading, kind, text: '', start };
  };
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const hit = detectHeading(text.slice(pos, end));
    if (hit) {
      const enclosing = { heading: current.heading, kind: current.kind };
      let kind = hit.kind;
      if (kind === null) {
        const sub = !hit.strong && wordCount(hit.heading) <= 3;
        const inList = resume ?? enclosing;
        kind =
          sub && (inList.kind === 'required' || inList.kind === 'preferred')
            ? inList.kind
            : 'other';
      }
      open(pos, hit.heading, kind);
      resume = hit.inline && hit.bullet ? (resume ?? enclosing) : null;
    } else if (resume && text.slice(pos, end).trim() !== '') {
      open(pos, resume.heading, resume.kind);
      resume = null;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  open(text.length, null, 'other');
  return sections;
}
