import type { CatalogEntry } from './catalog.ts';
import type { Candidate } from './match.ts';
import type { Token } from './tokenize.ts';

// Between two items of one list: "Hadoop, Spark", "Python or R", "C/C++", "Java & Go".
const LIST_SEP = new Set([',', '/', '&', '+', '|', ';', '(', ')', '[', ']', '-', '–', '—', '·']);
const LIST_WORDS = new Set(['and', 'or', 'nor', 'plus', 'vs', 'versus']);
// Words a whole-line list may carry besides its items ("Go, Rust, etc.").
const LIST_FILLER = new Set(['and', 'or', 'etc', 'e.g', 'eg', 'i.e', 'ie', 'plus', 'also']);
// "experience with X", "tools (X)", "languages such as X": words that announce a technology.
const CUE_BEFORE = new Set(
  'experience experienced knowledge proficiency proficient familiarity familiar expertise expert skills skill background written programming coding code develop developing development build building built use using uses used tools tool platforms platform frameworks framework languages language libraries library technologies technology stack services databases database understanding exposure fluency fluent mastery automation crm'.split(
    ' ',
  ),
);
const CONNECTOR = new Set([
  'with',
  'in',
  'of',
  'on',
  'using',
  'including',
  'like',
  'such',
  'as',
  'e.g',
  'eg',
  '(',
  ':',
  '.',
  ',',
]);
// "Go programming", "Spark jobs": words after a name that make it a technology.
const CUE_AFTER_STRONG = new Set(
  'programming language languages developer developers code codebase sdk sdks api apis framework library libraries cluster clusters scripts scripting ecosystem runtime modules charts stack'.split(
    ' ',
  ),
);
const CUE_AFTER_WEAK = new Set(
  'experience skills expertise knowledge proficiency jobs pipelines pipeline applications application apps services development engineer engineers workflows deployments environment environments platform projects certification'.split(
    ' ',
  ),
);
// "Series C", "Vitamin C", "Plan B": a letter after these is a label, not a language.
const NEG_BEFORE = new Set(
  'series vitamin plan type grade class tier level round section part phase model category appendix figure exhibit group mr mrs ms dr prof shift option stage hepatitis block building this next last early late'.split(
    ' ',
  ),
);
const SENTENCE_END = new Set(['.', '!', '?', ':', '•', '*', '-', '–', '—', '·', '#', '>', '"', '|']);

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function sentenceInitial(tokens: readonly Token[], c: Candidate): boolean {
  const head = tokens[c.first];
  if (!head || head.lineStart || c.first === 0) return true;
  const prev = tokens[c.first - 1];
  return !prev || (!prev.word && SENTENCE_END.has(prev.key));
}

function rejected(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.last + 1];
  const after = tokens[c.last + 2];
  // "R&D", "AT&T": glued to another word through "&" or an apostrophe.
  if (next && !next.word && !next.spaceBefore && /^[&'’]$/.test(next.key)) {
    if (after?.word && !after.spaceBefore) return true;
  }
  // "Spring 2025", "Go 2024": a season or a label before a year.
  if (next?.word && /^(19|20)\d\d$/.test(next.key)) return true;
  const prev = tokens[c.first - 1];
  if (prev?.word && NEG_BEFORE.has(prev.key) && c.form.size === 1) return true;
  return false;
}

function cueBefore(tokens: readonly Token[], c: Candidate): boolean {
  const own = tokens[c.first];
  if (!own || !startsUpper(own.text)) return false;
  const prev = tokens[c.first - 1];
  if (c.form.exact !== null && prev?.word && (prev.key === 'in' || prev.key === 'using')) {
    return true;
  }
  for (let k = c.first - 1, hops = 0; k >= 0 && hops <= 3; k--, hops++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.word && CUE_BEFORE.has(t.key)) return true;
    if (!CONNECTOR.has(t.key) || tokens[k + 1]?.lineStart) return false;
  }
  return false;
}

function cueAfter(tokens: readonly Token[], c: Candidate): boolean {
  const own = tokens[c.first];
  const next = tokens[c.last + 1];
  if (!own || !next?.word || next.lineStart || !startsUpper(own.text)) return false;
  if (CUE_AFTER_STRONG.has(next.key)) return true;
  return CUE_AFTER_WEAK.has(next.key) && !sentenceInitial(tokens, c);
}

const contextPatterns = new Map<CatalogEntry, RegExp>();

function nearbyContext(text: string, c: Candidate): boolean {
  const words = c.entry.context;
  if (!words || words.length === 0) return false;
  let re = contextPatterns.get(c.entry);
  if (!re) {
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`\\b(?:${alternatives})\\b`, 'i');
    contextPatterns.set(c.entry, re);
  }
  return re.test(text.slice(Math.max(0, c.start - 250), c.end + 250));
}

/**
 * True when only list separators lie between two candidates on one line. With nothing but a
 * space between them ("Hadoop Spark"), the one being confirmed must be capitalised.
 */
function adjacent(
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

/** Candidates on one line (after its last ":") that, with filler, make up the whole line. */
function wholeLineLists(tokens: readonly Token[], cands: readonly Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  let i = 0;
  while (i < cands.length) {
    const first = cands[i];
    if (!first) break;
    let segStart = first.first;
    while (segStart > 0 && !tokens[segStart]?.lineStart && tokens[segStart - 1]?.key !== ':') {
      segStart--;
    }
    const group: Candidate[] = [];
    let j = i;
    let covered = true;
    let k = segStart;
    for (; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || (k > segStart && (t.lineStart || t.key === ':'))) break;
      const c = cands[j];
      if (c && k >= c.first && k <= c.last) {
        if (group[group.length - 1] !== c) group.push(c);
        if (k === c.last) j++;
        // Several candidates can share one glued token.
        while (cands[j] && (cands[j]?.first ?? -1) <= k) {
          group.push(cands[j] as Candidate);
          j++;
        }
        continue;
      }
      if (t.word && !LIST_FILLER.has(t.key)) covered = false;
    }
    if (covered && group.length >= 2) for (const c of group) out.add(c);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Keeps candidates that stand on their own, and ambiguous ones ("Go", "Spark", "node") only
 * with tech context: a neighbouring skill in a list, a line that is a list of skills, a cue
 * word ("experience with", "programming"), or the entry's context words nearby.
 */
export function confirmCandidates(
  text: string,
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Candidate[] {
  const needs = cands.map((c) => {
    if (c.glued) return false;
    if (c.form.ambiguous) return true;
    return c.form.exact !== null && c.form.plainWord && sentenceInitial(tokens, c);
  });
  const ok = cands.map((_, i) => !needs[i]);
  const lists = wholeLineLists(tokens, cands);
  cands.forEach((c, i) => {
    if (ok[i]) return;
    if (c.form.ambiguous && rejected(tokens, c)) {
      needs[i] = false;
      return;
    }
    ok[i] =
      lists.has(c) || cueBefore(tokens, c) || cueAfter(tokens, c) || nearbyContext(text, c);
  });
  // Confirmation spreads along lists: "Kotlin, jetpack compose, coroutines, room, hilt".
  for (let changed = true, pass = 0; changed && pass < 8; pass++) {
    changed = false;
    cands.forEach((c, i) => {
      if (ok[i] || !needs[i]) return;
      const left = cands[i - 1];
      const right = cands[i + 1];
      const viaLeft = left && ok[i - 1] && adjacent(tokens, left, c, c);
      const viaRight = right && ok[i + 1] && adjacent(tokens, c, right, c);
      if (viaLeft || viaRight) {
        ok[i] = true;
        changed = true;
      }
    });
  }
  return cands.filter((_, i) => ok[i]);
}
