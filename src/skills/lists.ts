import { ALTERNATIVE_WORDS } from './alternative-words.ts';
import type { Candidate } from './match.ts';
import type { Token } from './tokenize.ts';

// Between two items of one list: "Hadoop, Spark", "Python or R", "C/C++", "Java & Go".
const LIST_SEP = new Set([',', '/', '&', '+', '|', ';', '(', ')', '[', ']', '-', '–', '—', '·']);
// The "or" and "and" of every supported language join list items too ("Kotlin oder Swift").
const LIST_WORDS = new Set([
  'nor',
  'vs',
  'versus',
  ...Object.values(ALTERNATIVE_WORDS).flatMap((w) => [...w.or, ...w.and]),
]);
// Words a whole-line list may carry besides its items ("Go, Rust, etc.").
const LIST_FILLER = new Set(['and', 'or', 'etc', 'e.g', 'eg', 'i.e', 'ie', 'plus', 'also']);
const BULLETS = new Set(['-', '*', '•', '·', '–', '—', '+', '>', '▪', '●', '◦']);

export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * True when only list separators lie between two candidates on one line. With nothing but a
 * space between them ("Hadoop Spark"), the one being confirmed must be capitalised.
 */
export function adjacent(
  tokens: readonly Token[],
  left: Candidate,
  right: Candidate,
  subject: Candidate,
): boolean {
  if (right.first === left.first) return true;
  const r = tokens[right.first];
  if (!r || r.lineStart) return false;
  const gap = right.first - left.last - 1;
  if (gap < 0) return false;
  if (gap === 0) return startsUpper(tokens[subject.first]?.text ?? '');
  if (gap > 3) return false;
  for (let k = left.last + 1; k < right.first; k++) {
    const t = tokens[k];
    if (!t || t.lineStart) return false;
    if (!(t.word ? LIST_WORDS.has(t.key) : LIST_SEP.has(t.key))) return false;
  }
  return true;
}

interface Segment {
  cands: Candidate[];
  covered: boolean;
  /** Opens with a bullet or follows a "Label:" on its line. */
  marked: boolean;
  line: number;
}

/** The candidates of each line segment (a line, or its part after a ":"), in order. */
function segments(tokens: readonly Token[], cands: readonly Candidate[]): Segment[] {
  const out: Segment[] = [];
  let seg: Segment | null = null;
  let line = -1;
  let j = 0;
  let pushed = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.lineStart) line++;
    if (!seg || t.lineStart || tokens[k - 1]?.key === ':') {
      const afterLabel = !t.lineStart && tokens[k - 1]?.key === ':';
      seg = {
        cands: [],
        covered: true,
        marked: afterLabel || (!t.word && BULLETS.has(t.key)),
        line,
      };
      out.push(seg);
    }
    let inCandidate = false;
    while (j < cands.length && (cands[j]?.last ?? -1) < k) j++;
    for (let c = j; c < cands.length && (cands[c]?.first ?? Infinity) <= k; c++) {
      inCandidate = true;
      if (c > pushed) {
        seg.cands.push(cands[c] as Candidate);
        pushed = c;
      }
    }
    // Once a segment has a word outside every candidate it stays uncovered: no more look-ups.
    if (!inCandidate && t.word && seg.covered && !LIST_FILLER.has(t.key)) seg.covered = false;
    if (!seg.covered) {
      // Nothing changes before the next segment or the next candidate's first token: skipped.
      const stop =
        pushed + 1 < cands.length ? (cands[pushed + 1] as Candidate).first : tokens.length;
      while (
        k + 1 < stop &&
        !(tokens[k + 1] as Token).lineStart &&
        (tokens[k] as Token).key !== ':'
      )
        k++;
    }
  }
  return out.filter((s) => s.cands.length > 0 || !s.covered);
}

/**
 * Candidates that make up a whole line segment with only filler beside them: a list of two or
 * more ("Poetry, Pants"), or a single item that is bulleted ("- Go"), follows a label
 * ("Languages: Go") or sits among other such lines ("Desired skills:\nGo\nRust"). A segment
 * of everyday tools only counts when bulleted or labelled.
 */
export function wholeLineLists(
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Set<Candidate> {
  const out = new Set<Candidate>();
  const segs = segments(tokens, cands);
  const listy = (s: Segment | undefined) => !!s && s.covered && s.cands.length > 0;
  segs.forEach((s, i) => {
    if (!listy(s)) return;
    const single = s.cands.length === 1;
    const capital = startsUpper(tokens[s.cands[0]?.first ?? 0]?.text ?? '');
    const neighbour =
      (listy(segs[i - 1]) && segs[i - 1]?.line === s.line - 1) ||
      (listy(segs[i + 1]) && segs[i + 1]?.line === s.line + 1);
    if (single && !(capital && (s.marked || neighbour))) return;
    // Lines of nothing but everyday tools ("Dropbox" / "Google Drive" beside an upload
    // button) are a form's widgets unless bulleted or labelled; beside another skill they
    // are a list of skills.
    const everydayOnly = s.cands.every((c) => c.entry.everyday);
    if (everydayOnly && !s.marked) return;
    for (const c of s.cands) out.add(c);
  });
  return out;
}
