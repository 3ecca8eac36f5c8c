import type { EmploymentTypeValue } from '../page/field-values.ts';
import { type NearPattern, nearPattern, testNear, WordFinder } from '../text/near-words.ts';
import { ROLE_NOUN } from './role-nouns.ts';
import { BODY_CHARS, HEADER_CHARS } from './text-regions.ts';
import { WORKPLACE_PATTERNS } from './workplace-from-text.ts';

export { ROLE_NOUN } from './role-nouns.ts';
export { workplaceFromText } from './workplace-from-text.ts';

// Each with the lower-case words one of which every match contains: a pattern runs only on
// text that has one (an exact first test, as in workplaceIn).
const TYPES: [RegExp, EmploymentTypeValue, string[]][] = [
  [
    /\b(?:internship|intern|working student|werkstudent)\b/i,
    'internship',
    ['intern', 'working student', 'werkstudent'],
  ],
  [
    /\b(?:contract(?:or)?|freelance|fixed[- ]term|c2h|contract[- ]to[- ]hire|1099)\b/i,
    'contract',
    ['contract', 'freelance', 'fixed', 'c2h', '1099'],
  ],
  [/\b(?:part[- ]time)\b/i, 'part_time', ['part']],
  [/\b(?:temporary|seasonal|temp)\b/i, 'temporary', ['temp', 'seasonal']],
  [/\b(?:full[- ]?time|permanent|fte)\b/i, 'full_time', ['full', 'permanent', 'fte']],
];

function typeIn(
  text: string,
  lower: string,
  types: ReadonlyArray<readonly [RegExp, EmploymentTypeValue, string[]]>,
): EmploymentTypeValue | null {
  for (const [re, type, words] of types) {
    if (words.some((w) => lower.includes(w)) && re.test(text)) return type;
  }
  return null;
}

/** Short metadata lines ("Remote | Full-time Contract") state the type; prose only hints. */
function typeInLines(lines: string[]): EmploymentTypeValue | null {
  for (const line of lines) {
    if (line.length > 140) continue;
    const type = typeIn(line, line.toLowerCase(), TYPES);
    if (type) return type;
  }
  return null;
}

// Tried just before their words (see workplaceIn); "this is an internship": 11 characters in.
const PROSE_TYPES: [NearPattern, EmploymentTypeValue][] = [
  [
    nearPattern(
      /\b(?:this is an? |paid |summer )internship\b|\binternship (?:program|position|role)\b/i,
      ['internship'],
      12,
    ),
    'internship',
  ],
  [
    nearPattern(
      /\b(?:contract|freelance|fixed[- ]term) (?:role|position|basis|engagement|assignment)\b|\bcontract[- ]to[- ]hire\b/i,
      ['contract', 'freelance', 'fixed'],
      0,
    ),
    'contract',
  ],
  [nearPattern(/\bpart[- ]time (?:role|position|job|basis)\b/i, ['part'], 0), 'part_time'],
  [
    nearPattern(
      /\b(?:temporary|seasonal) (?:role|position|job|basis|assignment)\b/i,
      ['temporary', 'seasonal'],
      0,
    ),
    'temporary',
  ],
  [
    nearPattern(
      /\bfull[- ]?time\b|\bpermanent (?:role|position|contract)\b/i,
      ['full', 'permanent'],
      0,
    ),
    'full_time',
  ],
];

const PROSE_WORDS = new WordFinder(PROSE_TYPES.flatMap(([p]) => p.words));

/** Every pattern tried near its words, for the test that holds each to its regex. */
export const NEAR_PATTERNS: readonly NearPattern[] = [
  ...WORKPLACE_PATTERNS,
  ...PROSE_TYPES.map(([p]) => p),
];

/** Full-time / part-time / contract / internship / temporary as the text states it, or null. */
export function employmentTypeFromText(text: string): EmploymentTypeValue | null {
  if (!text) return null;
  const header = text.slice(0, HEADER_CHARS).split('\n').slice(0, 30);
  const fromHeader = typeInLines(header);
  if (fromHeader) return fromHeader;
  const body = text.slice(0, BODY_CHARS);
  const spots = PROSE_WORDS.find(body);
  for (const [p, type] of PROSE_TYPES) if (testNear(p, body, spots)) return type;
  return null;
}

const NOT_A_TITLE =
  /^(?:about|description|job description|overview|summary|requirements|responsibilities|benefits|apply|location|salary|company|the role|who we are|what you)\b/i;

function cleanLine(line: string): string {
  return line
    .replace(/^#{1,6}\s*/, '')
    .replace(/\[([^\]]{1,200})\]\([^)]{0,500}\)/g, '$1')
    .replace(/[*_`]{1,3}/g, '')
    .replace(/^[•\-–—*]\s*/, '')
    .trim();
}

/** Front matter ("title: ...") and table rows are page furniture, not a title line. */
const FURNITURE = /^(?:[a-z_]{2,20}:\s|\|)/;

function titleCandidate(segment: string): string | null {
  const s = segment.trim();
  // A slug ("senior-qa-engineer-1234") is a link target, not a written title.
  if (!/[A-Z\s]/.test(s)) return null;
  const words = s.split(/\s+/).length;
  if (s.length < 4 || s.length > 90 || words > 12) return null;
  if (/[.!?]$/.test(s) || /https?:|www\.|@/.test(s) || NOT_A_TITLE.test(s)) return null;
  return ROLE_NOUN.test(s) ? s : null;
}

/**
 * The job title of a plain-text posting: the first short line near the top that reads like
 * one ("Senior Data Engineer"), or the title segment of a "Company | Title | Remote" line.
 * Null when nothing looks like a title: a wrong title is worse than none.
 */
export function titleFromText(text: string): string | null {
  if (!text) return null;
  const lines = text.slice(0, 3000).split('\n').slice(0, 15);
  for (const raw of lines) {
    if (FURNITURE.test(raw.trim())) continue;
    const line = cleanLine(raw);
    // Segments of a long prose line are fragments of sentences, not titles.
    if (line === '' || line.length > 160) continue;
    for (const segment of line.split(/\s[|·•]\s|\s[-–—]\s/).slice(0, 6)) {
      const title = titleCandidate(segment);
      if (title) return title;
    }
  }
  return null;
}
