import { type Section, splitSections } from '../text/sections.ts';
import { clauseIds } from './clauses.ts';
import { type Token, tokenize } from './tokenize.ts';
import { findYearsPhrases, type YearsPhrase } from './years.ts';

/**
 * A posting's text read once for every skills question (skills, their importance and years,
 * the general experience requirement): tokens, clauses, years phrases and sections.
 */
export interface SkillText {
  text: string;
  tokens: Token[];
  clauses: Int32Array;
  phrases: YearsPhrase[];
  sections: readonly Section[];
}

/** Reads the text; pass the sections when the caller has split them already. */
export function readSkillText(text: string, sections?: readonly Section[]): SkillText {
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    clauses: clauseIds(tokens),
    phrases: findYearsPhrases(tokens),
    sections: sections ?? splitSections(text),
  };
}
