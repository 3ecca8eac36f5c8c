import type { SkillImportance } from '../schema/skill.ts';
import { KeyFilter } from '../text/key-filter.ts';
import type { SectionKind } from '../text/sections.ts';
import { type CueWords, IMPORTANCE_WORDS } from './cue-words.ts';
import { leadCues } from './lead-cues.ts';
import type { Token } from './tokenize.ts';

type CueKind = 'preferred' | 'required' | 'stack';
interface Cue {
  at: number;
  kind: CueKind;
  /** "strong", "proficiency": they lose to an explicit "preferred" at the same distance. */
  weak: boolean;
}

const LANGS = Object.values(IMPORTANCE_WORDS);
const all = (pick: (w: CueWords) => readonly string[]) => LANGS.flatMap(pick);
const isPhrase = (w: string) => w.includes(' ');

/** Phrases of every language: [words, kind, weak]. */
const PHRASES: ReadonlyArray<readonly [string, CueKind, boolean]> = [
  ...all((w) => w.preferred)
    .filter(isPhrase)
    .map((p) => [p, 'preferred', false] as const),
  ...all((w) => w.required)
    .filter(isPhrase)
    .map((p) => [p, 'required', false] as const),
  ...all((w) => w.weak)
    .filter(isPhrase)
    .map((p) => [p, 'required', true] as const),
  ...all((w) => w.stack)
    .filter(isPhrase)
    .map((p) => [p, 'stack', false] as const),
];
// "a plus", "un plus", "ein Plus": "plus" is a cue only after one of these.
const PLUS_BEFORE = new Set([
  'a',
  'big',
  'huge',
  'great',
  'strong',
  'added',
  'definite',
  'major',
  'nice',
  'un',
  'ein',
  'een',
  'um',
]);
const single = (pick: (w: CueWords) => readonly string[]) =>
  new Set(all(pick).filter((w) => !isPhrase(w)));
const PREFERRED = single((w) => w.preferred);
const REQUIRED = single((w) => w.required);
const REQUIRED_WEAK = single((w) => w.weak);
// "strong"/"solid" ask for a skill only next to one of these: "strong Python skills".
const STRENGTH_NOUNS = single((w) => w.strengthNouns);
const STRONG_WORDS = single((w) => w.strong);
const STACK_WORDS = single((w) => w.stack);
const MAX_DISTANCE = 25;

const PHRASES_BY_FIRST = new Map<string, Array<readonly [string[], CueKind, boolean]>>();
for (const [phrase, kind, weak] of PHRASES) {
  const words = phrase.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0] ?? '') ?? [];
  list.push([words, kind, weak]);
  PHRASES_BY_FIRST.set(words[0] ?? '', list);
}

function phraseAt(tokens: readonly Token[], i: number): [CueKind, boolean, number] | null {
  for (const [words, kind, weak] of PHRASES_BY_FIRST.get(tokens[i]?.key ?? '') ?? []) {
    let k = 0;
    while (k < words.length && tokens[i + k]?.key === words[k]) k++;
    if (k === words.length) return [kind, weak, words.length];
  }
  return null;
}

// One lookup per token: what a word can start or be.
const PHRASE = 1;
const PREF = 2;
const REQ = 4;
const REQ_WEAK = 8;
const STRENGTH = 16;
const STRONG = 32;
const PLUS = 64;
const STACK = 128;
const WORDS = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => {
  for (const w of words) WORDS.set(w, (WORDS.get(w) ?? 0) | bit);
};
mark(PHRASES_BY_FIRST.keys(), PHRASE);
mark(PREFERRED, PREF);
mark(REQUIRED, REQ);
mark(REQUIRED_WEAK, REQ_WEAK);
mark(STRENGTH_NOUNS, STRENGTH);
mark(STRONG_WORDS, STRONG);
mark(['plus'], PLUS);
mark(STACK_WORDS, STACK);
const CUE_WORDS = new KeyFilter(WORDS.keys());

/** French and Italian articles and prepositions written elided onto the next word. */
const ELIDED = new Set(['l', 'd', 'un', 'dell', 'all', 'nell', 'sull', 'dall', 'qu']);

/** First letters of the elided words (ASCII), by char code. */
const ELIDED_FIRST = new Uint8Array(128);
for (const w of ELIDED) ELIDED_FIRST[w.charCodeAt(0)] = 1;

/** "un'eccellente" -> "eccellente", "l'expérience" -> "expérience"; "we're" stays. */
function unelided(key: string): string {
  // Runs for every word, most of which no elided word can start: one char code turns them away.
  const first = key.charCodeAt(0);
  if (first >= 128 || ELIDED_FIRST[first] !== 1) return key;
  // The first apostrophe, looked for where an elided word ends (its first letter is none).
  let apostrophe = 0;
  for (let k = 1; k <= 4 && k < key.length; k++) {
    if (key.charCodeAt(k) === 39) {
      apostrophe = k;
      break;
    }
  }
  if (apostrophe === 0) return key;
  return ELIDED.has(key.slice(0, apostrophe)) ? key.slice(apostrophe + 1) : key;
}

/** Importance cues in the text, grouped by clause. */
export function findCues(tokens: readonly Token[], clauses: Int32Array): Map<number, Cue[]> {
  const byClause = new Map<number, Cue[]>();
  const strengthClauses = new Set<number>();
  const strengthWords: number[] = [];
  const add = (at: number, kind: CueKind, weak: boolean) => {
    const id = clauses[at] ?? -1;
    const list = byClause.get(id);
    if (list) list.push({ at, kind, weak });
    else byClause.set(id, [{ at, kind, weak }]);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.word) continue;
    const key = unelided(t.key);
    const bits = CUE_WORDS.mayHave(key) ? WORDS.get(key) : undefined;
    if (bits === undefined) continue;
    if (bits & STRENGTH) strengthClauses.add(clauses[i] ?? -1);
    const phrase = bits & PHRASE ? phraseAt(tokens, i) : null;
    if (phrase) {
      add(i, phrase[0], phrase[1]);
      i += phrase[2] - 1;
    } else if (bits & PLUS) {
      if (PLUS_BEFORE.has(tokens[i - 1]?.key ?? '')) add(i, 'preferred', false);
    } else if (bits & PREF) add(i, 'preferred', false);
    else if (bits & STACK) add(i, 'stack', false);
    else if (bits & REQ) add(i, 'required', false);
    else if (bits & REQ_WEAK) add(i, 'required', true);
    else if (bits & STRONG) strengthWords.push(i);
  }
  // "strong" asks for a skill only in a clause that also says "skills", "experience", ...
  for (const i of strengthWords) {
    if (strengthClauses.has(clauses[i] ?? -1)) add(i, 'required', true);
  }
  for (const [at, kind] of leadCues(tokens, clauses, byClause)) add(at, kind, true);
  return byClause;
}

const BASE: Record<SectionKind, SkillImportance> = {
  required: 'required',
  preferred: 'preferred',
  responsibilities: 'mentioned',
  benefits: 'mentioned',
  compensation: 'mentioned',
  about: 'mentioned',
  other: 'mentioned',
};

/**
 * Importance of a mention at tokens first..last: its section's, unless the nearest cue in its
 * clause says otherwise ("Python preferred", "X is a plus", "must have X", "we use X").
 */
export function importanceOf(
  kind: SectionKind,
  first: number,
  last: number,
  cues: readonly Cue[] | undefined,
): SkillImportance {
  const base = BASE[kind];
  if (!cues || kind === 'about' || kind === 'benefits' || kind === 'compensation') return base;
  let best: Cue | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    const distance = cue.at > last ? cue.at - last : first - cue.at;
    if (distance > MAX_DISTANCE) continue;
    const score = distance + (cue.weak ? 2 : 0);
    if (score < bestScore || (score === bestScore && cue.at > last)) {
      best = cue;
      bestScore = score;
    }
  }
  if (!best) return base;
  if (best.kind === 'preferred') return 'preferred';
  if (best.kind === 'stack')
    return kind === 'required' || kind === 'preferred' ? 'mentioned' : base;
  if (kind === 'preferred') return best.weak ? base : 'required';
  return 'required';
}
