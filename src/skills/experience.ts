import type { Section } from '../text/sections.ts';
import { readSkillText, type SkillText } from './skill-text.ts';
import type { Token } from './tokenize.ts';
import type { YearsPhrase } from './years.ts';

export interface ExperienceYears {
  min: number | null;
  max: number | null;
}

// "5 years ago", "a 20-year-old company", "over the past 10 years": time, not a requirement.
const AFTER_NOT = new Set(['ago', 'old', 'young', 'history', 'anniversary', 'later']);
const BEFORE_NOT = new Set([
  'founded',
  'since',
  'past',
  'last',
  'next',
  'within',
  'first',
  'every',
]);
const EXPERIENCE = new Set(['experience', 'exp', 'experiences']);
const MINIMUM = new Set(['minimum', 'least', 'min']);
// Outside a requirements section, a years phrase counts only in a sentence asking something of
// the reader ("you have 5+ years"), not one describing the company ("23 years of experience").
const ASKING = new Set(
  'you your candidate candidates applicant applicants minimum least required requires require must need needs should bring have looking seeking ideal preferred'.split(
    ' ',
  ),
);

/** Section kind of each offset, for offsets given in increasing order. */
function kindWalker(sections: readonly Section[]): (offset: number) => Section['kind'] {
  let k = 0;
  return (offset) => {
    while (k + 1 < sections.length && (sections[k + 1]?.start ?? Number.MAX_VALUE) <= offset) k++;
    return sections[k]?.kind ?? 'other';
  };
}

/** The phrase opens its line or follows its label, bullets aside ("- 4+ years of ..."). */
function opensLine(tokens: readonly Token[], p: YearsPhrase): boolean {
  for (let k = p.first; k >= 0; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (t.lineStart || (k !== p.first && t.key === ':')) return true;
    if (k !== p.first && t.word) return false;
    if (k < p.first - 3) return false;
  }
  return true;
}

function mentionsExperience(tokens: readonly Token[], clauses: Int32Array, p: YearsPhrase) {
  const clause = clauses[p.last];
  for (let k = p.last + 1; k <= p.last + 8 && clauses[k] === clause; k++) {
    if (EXPERIENCE.has(tokens[k]?.key ?? '')) return true;
  }
  for (let k = p.first - 1; k >= p.first - 4 && k >= 0; k--) {
    const key = tokens[k]?.key ?? '';
    if (EXPERIENCE.has(key) || MINIMUM.has(key)) return true;
  }
  return false;
}

function excluded(tokens: readonly Token[], p: YearsPhrase): boolean {
  if (AFTER_NOT.has(tokens[p.last + 1]?.key ?? '')) return true;
  for (let k = p.first - 1; k >= p.first - 3 && k >= 0; k--) {
    if (BEFORE_NOT.has(tokens[k]?.key ?? '')) return true;
  }
  return false;
}

const ASK_REACH = 40;

// "years of experience with/in/building ...": experience of something, asked of the reader.
const OF_SOMETHING = new Set([
  'with',
  'in',
  'using',
  'building',
  'developing',
  'working',
  'as',
  'on',
]);

function asks(tokens: readonly Token[], clauses: Int32Array, p: YearsPhrase): boolean {
  const clause = clauses[p.first];
  for (let k = p.last + 1; k <= p.last + 4; k++) {
    if (EXPERIENCE.has(tokens[k]?.key ?? '') && OF_SOMETHING.has(tokens[k + 1]?.key ?? '')) {
      return true;
    }
  }
  for (let k = p.first; k >= 0 && k > p.first - ASK_REACH && clauses[k] === clause; k--) {
    if (ASKING.has(tokens[k]?.key ?? '')) return true;
  }
  const end = Math.min(tokens.length, p.last + ASK_REACH);
  for (let k = p.last + 1; k < end && clauses[k] === clause; k++) {
    if (ASKING.has(tokens[k]?.key ?? '')) return true;
  }
  return false;
}

/**
 * The posting's general experience requirement: "5+ years" -> {5, null}, "3-5 years of
 * experience" -> {3, 5}, "one (1) year of experience" -> {1, null}. Phrases in a requirements
 * section win; elsewhere only a sentence asking it of the candidate counts. Null when none.
 * Never throws.
 */
export function extractExperienceYears(text: string): ExperienceYears | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  try {
    return experienceFrom(readSkillText(text));
  } catch {
    return null;
  }
}

/** extractExperienceYears on text already read. Never throws. */
export function experienceFrom(read: SkillText): ExperienceYears | null {
  try {
    const { tokens, clauses, phrases } = read;
    if (phrases.length === 0) return null;
    const kindAt = kindWalker(read.sections);
    let fallback: YearsPhrase | null = null;
    for (const p of phrases) {
      if (excluded(tokens, p) || (p.min ?? 0) > 40) continue;
      const kind = kindAt(tokens[p.first]?.start ?? 0);
      if (kind === 'about' || kind === 'benefits' || kind === 'compensation') continue;
      const experience = mentionsExperience(tokens, clauses, p);
      if (kind === 'required' && (experience || opensLine(tokens, p))) {
        return { min: p.min, max: p.max };
      }
      if (!fallback && experience && asks(tokens, clauses, p)) fallback = p;
    }
    return fallback ? { min: fallback.min, max: fallback.max } : null;
  } catch {
    return null;
  }
}
