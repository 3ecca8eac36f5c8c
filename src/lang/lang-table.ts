import type { SectionKind } from '../text/sections.ts';

/**
 * What the parser knows of one language: the words that make a text a job posting, the
 * headings of a posting's sections, and the frequent words that tell the language apart.
 * Every language has one table (src/lang/<code>.ts) and the registry lists them all.
 */
export interface LangTable {
  /** ISO 639-1 code. */
  code: string;
  /**
   * Frequent function words, lower case as written (accents kept): counted to tell the
   * language of a text. Words frequent in several languages count for each.
   */
  stopWords: readonly string[];
  /**
   * Heading rules in order, the first that matches wins within the language: a section kind
   * and a regex source run on a normalized heading (lower case, accents folded, apostrophes
   * dropped, every other run of non-alphanumerics one space; see heading-rules.ts). Every
   * alternative must be bounded by "^", "$" or "\b" on both sides.
   */
  headings: ReadonlyArray<readonly [SectionKind, string]>;
  /** Words a heading may carry besides the phrase that names its kind ("your", "and"). */
  headingFiller: readonly string[];
  /**
   * Detection phrases, each a case-insensitive regex source that starts with a plain ASCII
   * word (the detector gates each pattern by that word; see detect/gates.ts).
   */
  detect: {
    /** "we are looking for", "wir suchen", "nous recherchons". */
    hiring: readonly string[];
    /** "apply now", "jetzt bewerben", "postulez". */
    apply: readonly string[];
    /** Employment types and contract terms: "full-time", "Vollzeit", "CDI". */
    employment: readonly string[];
    /** A text naming itself a job offer: "job opening", "Stellenangebot", "vacature". */
    postingNouns: readonly string[];
  };
  /**
   * Words of job titles, regex sources matched case-insensitively as whole words
   * ("engineer", "entwickler(?:in)?"). Compounds may put a stem first ("\w*entwickler").
   */
  roleNouns: readonly string[];
}
