import type { WorkplaceValue } from '../page/field-values.ts';
import {
  type NearPattern,
  nearPattern,
  testNear,
  WordFinder,
  type WordSpots,
} from '../text/near-words.ts';
import { BODY_CHARS, HEADER_CHARS } from './text-regions.ts';

// Each with the words (lower case) every match contains, and how far into a match the word
// may start ("the position is remote": 16): the pattern is tried only just before them.
const HYBRID = nearPattern(/\bhybrid\b/i, ['hybrid'], 0);
const REMOTE = nearPattern(
  /\b(?:fully[ -]remote|100% remote|remote[- ](?:first|friendly|only|role|position|job|work|working|eligible|ok)|work(?:ing)? (?:from|at) home|wfh|telecommut\w{0,4}|(?:this|the) (?:role|position|job) is remote|remote\b(?! (?:sensing|control|patient|monitoring|access|desktop|server)))/i,
  ['remote', 'home', 'wfh', 'telecommut'],
  20,
);
const NOT_REMOTE = nearPattern(
  /\b(?:not (?:a )?remote|no remote|non[- ]remote|remote work is not)\b/i,
  ['remote'],
  8,
);
const ONSITE = nearPattern(
  /\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based|5 days (?:a week )?in (?:the )?office)\b/i,
  ['site', 'office', 'person'],
  24,
);

/** The workplace patterns, tried near their words (for the test holding each to its regex). */
export const WORKPLACE_PATTERNS: readonly NearPattern[] = [HYBRID, REMOTE, NOT_REMOTE, ONSITE];

/**
 * Longer than any match of the workplace patterns with what they look at around it ("this
 * position is remote" and the words a "remote" must not be followed by).
 */
const WORKPLACE_SPAN = 64;

const WORKPLACE_WORDS = new WordFinder(WORKPLACE_PATTERNS.flatMap((p) => p.words));

function workplaceIn(text: string, spots: WordSpots, from: number): WorkplaceValue | null {
  if (testNear(HYBRID, text, spots, from)) return 'hybrid';
  if (testNear(NOT_REMOTE, text, spots, from)) return 'onsite';
  if (testNear(REMOTE, text, spots, from)) return 'remote';
  if (testNear(ONSITE, text, spots, from)) return 'onsite';
  return null;
}

/**
 * Remote / hybrid / on-site as the text states it; the header decides before the body
 * (a remote role may still mention "our hybrid offices" further down). Null when silent.
 */
export function workplaceFromText(text: string): WorkplaceValue | null {
  if (!text) return null;
  const header = text.slice(0, HEADER_CHARS);
  const inHeader = workplaceIn(header, WORKPLACE_WORDS.find(header), 0);
  if (inHeader || text.length <= HEADER_CHARS) return inHeader;
  // Nothing matched within the header, so no match starts early enough to lie inside it:
  // the body is searched from there on.
  const body = text.slice(0, BODY_CHARS);
  const from = HEADER_CHARS - WORKPLACE_SPAN;
  return workplaceIn(body, WORKPLACE_WORDS.find(body, from), from);
}
