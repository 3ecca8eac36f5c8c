import type { CatalogEntry } from './catalog.ts';
import { adjacent, startsUpper, wholeLineLists } from './lists.ts';
import type { Candidate } from './match.ts';
import type { Token } from './tokenize.ts';

// "experience with X", "tools (X)", "languages such as X": words that announce a technology.
const CUE_BEFORE = new Set(
  'experience experienced knowledge proficiency proficient familiarity familiar expertise expert skills skill background write writing written programming coding code develop developing development build building built use using uses used tools tool platforms platform frameworks framework languages language libraries library technologies technology stack services databases database understanding exposure fluency fluent mastery automation crm'.split(
    ' ',
  ),
);
// Words that ask for a tool, not merely name it: an everyday tool (Zoom, Slack, Dropbox)
// counts only after one of these ("experience with Slack", "tools: Zoom"), not after "using".
const ASKING = new Set(
  'experience experienced knowledge proficiency proficient familiarity familiar expertise expert skills skill tools tool platforms platform technologies technology understanding exposure fluency fluent mastery'.split(
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
const NEG_BEFORE_LETTER = new Set(
  'series vitamin plan type grade class tier level round section part phase model category appendix figure exhibit group mr mrs ms dr prof shift option stage hepatitis block building'.split(
    ' ',
  ),
);
// "this Spring", "next Spring": a season.
const NEG_BEFORE = new Set(['this', 'next', 'last', 'early', 'late']);
// "SOAP notes", "RAG status", "C suite": a label before these is not the technology.
const NEG_AFTER = new Set(
  'notes note status level suite rated rating ratings shaped major minor'.split(' '),
);
// "written in Go", "analysis in R": a bare "in" announces a language or a tool, but before a
// city or a person ("in Aurora", "in Phoenix") it does not, so other categories need more.
const IN_CATEGORIES = new Set(['language', 'tool', 'platform']);
const SENTENCE_END = new Set([
  '.',
  '!',
  '?',
  ':',
  '•',
  '*',
  '-',
  '–',
  '—',
  '·',
  '#',
  '>',
  '"',
  '|',
]);

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
  if (next?.word && NEG_AFTER.has(next.key)) return true;
  const prev = tokens[c.first - 1];
  if (!prev?.word || c.form.size !== 1) return false;
  if (NEG_BEFORE.has(prev.key)) return true;
  return (tokens[c.first]?.text.length ?? 0) === 1 && NEG_BEFORE_LETTER.has(prev.key);
}

function cueBefore(tokens: readonly Token[], c: Candidate): boolean {
  const own = tokens[c.first];
  if (!own || !startsUpper(own.text)) return false;
  const prev = tokens[c.first - 1];
  const cues = c.entry.everyday ? ASKING : CUE_BEFORE;
  if (!c.entry.everyday && c.form.exact !== null && prev?.word && prev.key === 'in') {
    if (IN_CATEGORIES.has(c.entry.category)) return true;
  }
  for (let k = c.first - 1, hops = 0; k >= 0 && hops <= 3; k--, hops++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.word && cues.has(t.key)) return true;
    if (!CONNECTOR.has(t.key) || tokens[k + 1]?.lineStart) return false;
  }
  return false;
}

// "writing production Go", "idiomatic Rust", "services with Go": mid-sentence, a capitalised
// language name right after one of these is the language. At a sentence start ("Go to the
// page") or after other words it stays an ordinary word.
const BEFORE_LANGUAGE = new Set(
  'with writing production idiomatic modern concurrent typed backend performant professional commercial'.split(
    ' ',
  ),
);

function languageCue(tokens: readonly Token[], c: Candidate): boolean {
  if (c.entry.category !== 'language' || c.form.exact === null || c.form.size !== 1) return false;
  const own = tokens[c.first];
  const prev = tokens[c.first - 1];
  if (!own || own.lineStart || !startsUpper(own.text) || !prev?.word) return false;
  return BEFORE_LANGUAGE.has(prev.key) && !sentenceInitial(tokens, { ...c, first: c.first - 1 });
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
 * Keeps candidates that stand on their own, and ambiguous ones ("Go", "Spark", "node") only
 * with tech context: a neighbouring skill in a list, a line that is a list of skills, a cue
 * word ("experience with", "programming"), or the entry's context words nearby. Everyday
 * tools (Zoom, Dropbox) need a word that asks for them or a list beside another skill.
 */
export function confirmCandidates(
  text: string,
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Candidate[] {
  const needs = cands.map((c) => {
    if (c.glued) return false;
    if (c.form.ambiguous || c.entry.everyday) return true;
    // Only a name written like a sentence-case word ("React", "Snowflake") can be faked by a
    // capital at the start of a sentence; "ROS", "iOS" or "dbt" cannot.
    const sentenceCase = c.form.exact !== null && /^[A-Z][a-z]+$/.test(c.form.exact);
    return sentenceCase && sentenceInitial(tokens, c);
  });
  const ok = cands.map((_, i) => !needs[i]);
  if (ok.every(Boolean)) return [...cands];
  const lists = wholeLineLists(tokens, cands);
  cands.forEach((c, i) => {
    if (ok[i]) return;
    if (c.form.ambiguous && rejected(tokens, c)) {
      needs[i] = false;
      return;
    }
    ok[i] =
      lists.has(c) ||
      cueBefore(tokens, c) ||
      cueAfter(tokens, c) ||
      languageCue(tokens, c) ||
      nearbyContext(text, c);
  });
  // Confirmation spreads along lists ("Kotlin, jetpack compose, coroutines, room, hilt"):
  // rightwards from a confirmed item in one pass, leftwards in the other.
  for (let i = 1; i < cands.length; i++) {
    const left = cands[i - 1];
    const c = cands[i];
    if (c && left && !ok[i] && needs[i] && ok[i - 1] && adjacent(tokens, left, c, c)) ok[i] = true;
  }
  for (let i = cands.length - 2; i >= 0; i--) {
    const right = cands[i + 1];
    const c = cands[i];
    if (c && right && !ok[i] && needs[i] && ok[i + 1] && adjacent(tokens, c, right, c))
      ok[i] = true;
  }
  return cands.filter((_, i) => ok[i]);
}
