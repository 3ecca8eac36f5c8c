import { LANGUAGES } from '../lang/registry.ts';
import { foldAccents } from './fold.ts';
import { KeyFilter } from './key-filter.ts';
import type { SectionKind } from './sections.ts';

// Rules run on a normalized heading: lower case, accents folded ("Über uns" -> "uber uns"),
// apostrophes dropped ("you’ll" and the markup-stripped "youll" both become "youll"),
// everything else non-alphanumeric a space. Each language's rows come from its table
// (src/lang/); within a language the first row that matches wins, so "Preferred
// qualifications" is preferred before "qualifications" is required.
type Rule = readonly [SectionKind, RegExp];

/** The heading rules of each language, in the registry's order. */
export const RULES_BY_LANG: ReadonlyArray<readonly Rule[]> = LANGUAGES.map((lang) =>
  lang.headings.map(([kind, source]) => [kind, new RegExp(source)] as const),
);

// Words a heading may carry beyond the phrase that classified it ("Key Duties & Responsibilities").
export const FILLER: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.headingFiller));

/**
 * Every word a rule can match: the letter runs of its source, and each without its last
 * letter where a "?" follows it ("haves?"). Every match of a rule is whole words of a
 * normalized heading (each alternative is bounded by "^", "$" or "\b"), so a heading with a
 * word that is neither one of these nor filler cannot be a whole heading: no rule need run.
 */
function wordsOfRule(re: RegExp): string[] {
  const source = re.source.replace(/\\[bs]/g, ' ');
  const words: string[] = [];
  for (const m of source.matchAll(/[a-z0-9]+(\?)?/g)) {
    const run = m[0].replace('?', '');
    words.push(run);
    if (m[1]) words.push(run.slice(0, -1));
  }
  return words;
}

export const RULE_WORDS: ReadonlySet<string> = new Set(
  RULES_BY_LANG.flatMap((rules) => rules.flatMap(([, re]) => wordsOfRule(re))),
);

/**
 * For each rule word, per language, one bit per rule of that language that has it. A rule
 * whose bit no word of a heading carries cannot match it (its matches are its own words),
 * so it is not run. (At most 31 rows a language: a test holds the tables to it.)
 */
const RULE_BITS = new Map<string, Int32Array>();
RULES_BY_LANG.forEach((rules, lang) => {
  rules.forEach(([, re], i) => {
    for (const w of wordsOfRule(re)) {
      let bits = RULE_BITS.get(w);
      if (!bits) {
        bits = new Int32Array(RULES_BY_LANG.length);
        RULE_BITS.set(w, bits);
      }
      bits[lang] = (bits[lang] as number) | (1 << i);
    }
  });
});

/** The rules that may match a normalized heading, as bits per language. */
function rulesFor(norm: string): Int32Array {
  const bits = new Int32Array(RULES_BY_LANG.length);
  let from = 0;
  while (from < norm.length) {
    let to = norm.indexOf(' ', from);
    if (to < 0) to = norm.length;
    const word = RULE_BITS.get(norm.slice(from, to));
    if (word)
      for (let l = 0; l < word.length; l++) bits[l] = (bits[l] as number) | (word[l] as number);
    from = to + 1;
  }
  return bits;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Apostrophes a heading drops ("you’ll" -> "youll"): ’ ' ‘ ` ʼ. */
const isApostrophe = (c: number) =>
  c === 0x2019 || c === 39 || c === 0x2018 || c === 96 || c === 0x2bc;

/**
 * Lower case, accents folded, apostrophes dropped ("you’ll" and the markup-stripped "youll" both become
 * "youll"), every other run of characters outside [a-z0-9] one space, trimmed.
 */
export function normalizeHeading(line: string): string {
  const lower = foldAccents(line.toLowerCase());
  let out = '';
  let from = -1;
  let gap = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isAsciiAlnum(c)) {
      if (from < 0) {
        if (gap && out !== '') out += ' ';
        gap = false;
        from = i;
      }
      continue;
    }
    if (from >= 0) {
      out += lower.slice(from, i);
      from = -1;
    }
    if (!isApostrophe(c)) gap = true;
  }
  return out;
}

/**
 * The rule a normalized heading matches, and the heading without the matched words: each
 * language's first matching rule, and of those the longest match (the most specific phrase:
 * "qualifications souhaitees" over "qualifications"); a tie goes to the earlier language.
 */
export function matchHeading(norm: string): { kind: SectionKind; rest: string } | null {
  const bits = rulesFor(norm);
  let best: { kind: SectionKind; at: number; length: number } | null = null;
  for (let l = 0; l < RULES_BY_LANG.length; l++) {
    const mask = bits[l] as number;
    if (mask === 0) continue;
    const rules = RULES_BY_LANG[l] as readonly Rule[];
    for (let i = 0; i < rules.length; i++) {
      if ((mask & (1 << i)) === 0) continue;
      const [kind, re] = rules[i] as Rule;
      const m = re.exec(norm);
      if (!m) continue;
      if (!best || m[0].length > best.length) best = { kind, at: m.index, length: m[0].length };
      break;
    }
  }
  if (!best) return null;
  const { kind, at, length } = best;
  return { kind, rest: `${norm.slice(0, at)} ${norm.slice(at + length)}` };
}

/** The kind a heading names ("What you’ll need" -> required), or null if it names none. */
export function classifyHeading(line: string): SectionKind | null {
  if (typeof line !== 'string' || line.length > 300) return null;
  return matchHeading(normalizeHeading(line))?.kind ?? null;
}

/** Whether every word of a normalized heading is filler or a word some rule can match. */
function onlyHeadingWords(norm: string): boolean {
  let from = 0;
  while (from < norm.length) {
    let to = norm.indexOf(' ', from);
    if (to < 0) to = norm.length;
    const w = norm.slice(from, to);
    if (!FILLER.has(w) && !RULE_WORDS.has(w)) return false;
    from = to + 1;
  }
  return true;
}

/**
 * Whether a word may stand in a whole heading: filler, or a word some rule can match ("Key",
 * "Responsibilities"). A run of words holding any other cannot be a whole heading (save a
 * short "About …" line).
 */
export function isHeadingWord(word: string): boolean {
  const seen = HEADING_WORD_MEMO.get(word);
  if (seen !== undefined) return seen;
  const norm = normalizeHeading(word);
  const yes = norm === '' || onlyHeadingWords(norm);
  if (HEADING_WORD_MEMO.size > 20_000) HEADING_WORD_MEMO.clear();
  HEADING_WORD_MEMO.set(word, yes);
  return yes;
}

/** Words of a text recur (every sentence's first word is asked): answers kept, bounded. */
const HEADING_WORD_MEMO = new Map<string, boolean>();

/** A first test for a plain word: filler and rule words are all its normalized forms can be. */
const HEADING_WORDS = new KeyFilter([...FILLER, ...RULE_WORDS]);

/**
 * `isHeadingWord(text.slice(from, to))`, without cutting out a word of ASCII letters the
 * first test turns away (it normalizes to itself lower-cased): most words asked are such.
 */
export function isHeadingWordAt(text: string, from: number, to: number): boolean {
  if (to <= from) return isHeadingWord('');
  let letters = true;
  for (let k = from; k < to && letters; k++) {
    const c = text.charCodeAt(k) | 32;
    letters = c >= 97 && c <= 122;
  }
  if (letters && !HEADING_WORDS.mayHaveAt(text, from, to)) return false;
  return isHeadingWord(text.slice(from, to));
}

/**
 * The kind of a heading phrase that is the whole line, give or take filler ("Key Duties &
 * ..."), or null. (Its kind is what `classifyHeading` gives: the same rule matched.)
 */
export function wholeHeadingKind(label: string): SectionKind | null {
  if (label.length > 300) return null;
  const norm = normalizeHeading(label);
  // "About Acme Health": a short "about" line is a heading whatever its other words.
  const about = norm.startsWith('about') && (norm.length === 5 || norm.charCodeAt(5) === 32);
  if (about && norm.split(' ').length <= 4) return matchHeading(norm)?.kind ?? null;
  if (!onlyHeadingWords(norm)) return null;
  const hit = matchHeading(norm);
  if (!hit) return null;
  return hit.rest.split(' ').every((w) => w === '' || FILLER.has(w)) ? hit.kind : null;
}
