import type { PayPeriod } from '../schema/salary.ts';
import { DE } from './languages/de.ts';
import { EN } from './languages/en.ts';
import { ES } from './languages/es.ts';
import { FR } from './languages/fr.ts';
import { IT } from './languages/it.ts';
import { JA } from './languages/ja.ts';
import { NL } from './languages/nl.ts';
import type { PayLanguage } from './languages/pay-language.ts';
import { PL } from './languages/pl.ts';
import { PT } from './languages/pt.ts';

/**
 * The language tables merged into the look-ups the salary reader asks: a word's role is the
 * same whichever language it comes from, so one map per role serves every text.
 */
export const LANGUAGES: Readonly<Record<string, PayLanguage>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  nl: NL,
  pl: PL,
  it: IT,
  ja: JA,
};
const ALL = Object.values(LANGUAGES);

/** A phrase as the words the tokenizer makes of it, apostrophes left out. */
export type Phrase = readonly string[];

function phrase(p: string): Phrase {
  return p.split(/[\s'’]+/).filter((w) => w !== '');
}

function mapOf<T>(
  pick: (l: PayLanguage) => Readonly<Record<string, T>> | undefined,
): Map<string, T> {
  const m = new Map<string, T>();
  for (const l of ALL) for (const [k, v] of Object.entries(pick(l) ?? {})) m.set(k, v);
  return m;
}

function setOf(pick: (l: PayLanguage) => readonly string[] | undefined): Set<string> {
  return new Set(ALL.flatMap((l) => pick(l) ?? []));
}

/** Longest first: "bis zu" is tried before "bis". */
function phrasesOf(pick: (l: PayLanguage) => readonly string[]): Phrase[] {
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const p of ALL.flatMap(pick)) {
    const words = phrase(p);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(words);
  }
  return out.sort((a, b) => b.length - a.length);
}

export const PERIOD_NOUNS: ReadonlyMap<string, PayPeriod> = mapOf((l) => l.periodNouns);
export const PERIOD_ADVERBS: ReadonlyMap<string, PayPeriod> = mapOf((l) => l.periodAdverbs);
export const PAY_PERIOD_WORDS: ReadonlyMap<string, PayPeriod> = mapOf((l) => l.payPeriodWords);
export const PAY_WORDS: ReadonlySet<string> = setOf((l) => l.payWords);
export const NOT_PAY_WORDS: ReadonlySet<string> = setOf((l) => l.notPayWords);
export const FILLERS: ReadonlySet<string> = setOf((l) => l.fillers);
export const PACKAGE_WORDS: ReadonlySet<string> = setOf((l) => l.packageWords);
export const PACKAGE_JOINERS: ReadonlySet<string> = setOf((l) => l.packageJoiners);
export const STATISTIC_WORDS: ReadonlySet<string> = setOf((l) => l.statisticWords);
export const CONNECTORS: ReadonlySet<string> = setOf((l) => l.connectors);
export const ARTICLES: ReadonlySet<string> = setOf((l) => l.articles);
export const APPROXIMATELY: ReadonlySet<string> = setOf((l) => l.approximately);
export const PERIOD_PREPOSITIONS: readonly Phrase[] = phrasesOf((l) => l.periodPrepositions);
export const OPEN_MAX: readonly Phrase[] = phrasesOf((l) => l.openMax);
export const OPEN_MIN: readonly Phrase[] = phrasesOf((l) => l.openMin);
export const FIRST_PERSON_PAY: readonly Phrase[] = phrasesOf((l) => l.firstPersonPay ?? []);
export const PAYMENTS_PER_YEAR: readonly Phrase[] = phrasesOf((l) => l.paymentsPerYear ?? []);

/** Connector word -> the openers it needs before the first amount ("y" needs "entre"). */
export const PAIRED_CONNECTORS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const l of ALL) {
    for (const [w, openers] of Object.entries(l.pairedConnectors)) {
      const s = m.get(w) ?? new Set<string>();
      for (const o of openers) s.add(o);
      m.set(w, s);
    }
  }
  return m;
})();

const PAY_STEMS: readonly string[] = [...setOf((l) => l.payStems)];
const PERIOD_STEMS: ReadonlyArray<[string, PayPeriod]> = ALL.flatMap((l) =>
  Object.entries(l.periodStems ?? {}),
).sort((a, b) => b[0].length - a[0].length);
/** Shorter words are whole words, never compounds. */
export const MIN_COMPOUND = 6;

/**
 * Pay stems by their first two chars (as one number). Nearly every long word of a text is
 * asked and nearly none holds a stem: one look-up per char pair of the word turns it away,
 * instead of a substring search per stem.
 */
const PAY_STEMS_BY_PAIR = new Map<number, string[]>();
const pairAt = (w: string, i: number) => w.charCodeAt(i) * 65536 + w.charCodeAt(i + 1);
for (const s of PAY_STEMS) {
  if (s.length < 2) throw new Error(`pay stem too short to index: "${s}"`);
  PAY_STEMS_BY_PAIR.set(pairAt(s, 0), [...(PAY_STEMS_BY_PAIR.get(pairAt(s, 0)) ?? []), s]);
}

/**
 * ASCII char pairs that start a pay stem, either case, by c0 * 128 + c1: a bit per third char
 * (its code's low 5 bits) that may follow. Pairs alone ("en", "ve") are too common in prose.
 */
const STEM_STARTS = new Uint32Array(128 * 128);
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
for (const s of PAY_STEMS) {
  const [c0, c1, c2] = [s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2)];
  // A stem opening beyond ASCII is caught by the non-ASCII rule of mayHoldPayStem; a third
  // char beyond ASCII (or none) lets every third char through.
  if (c0 >= 128 || c1 >= 128) continue;
  const third = Number.isNaN(c2) || c2 >= 128 ? 0xffffffff : 1 << (c2 & 31);
  STEM_STARTS[c0 * 128 + c1] = (STEM_STARTS[c0 * 128 + c1] ?? 0) | third;
}

/**
 * A cheap first test of a word in any case, before lower-casing it for payCompound: false
 * only when no pay stem can start anywhere in it. Any char beyond ASCII answers true (its
 * lower case is not a simple fold), so the test never turns away a compound.
 */
export function mayHoldPayStem(word: string): boolean {
  const n = word.length;
  let c1 = fold(word.charCodeAt(0));
  for (let i = 0; i + 1 < n; i++) {
    const c0 = c1;
    c1 = fold(word.charCodeAt(i + 1));
    if ((c0 | c1) >= 128) return true;
    const thirds = STEM_STARTS[c0 * 128 + c1] as number;
    if (thirds === 0) continue;
    // A stem at the very end lacks its third char here: the exact test decides.
    if (i + 2 >= n) return true;
    const c2 = fold(word.charCodeAt(i + 2));
    if (c2 >= 128 || (thirds & (1 << (c2 & 31))) !== 0) return true;
  }
  return n === 1 && c1 >= 128;
}

function hasPayStem(lowerWord: string): boolean {
  for (let i = 0; i + 1 < lowerWord.length; i++) {
    const stems = PAY_STEMS_BY_PAIR.get(pairAt(lowerWord, i));
    if (stems?.some((s) => lowerWord.startsWith(s, i))) return true;
  }
  return false;
}

/**
 * A compound that names pay ("Bruttojahresgehalt", "maandsalaris"): whether the word holds a
 * pay stem, and the period its period stem names (null when none). Null for other words.
 */
export function payCompound(lowerWord: string): { period: PayPeriod | null } | null {
  if (lowerWord.length < MIN_COMPOUND || !hasPayStem(lowerWord)) return null;
  for (const [stem, period] of PERIOD_STEMS) if (lowerWord.includes(stem)) return { period };
  return { period: null };
}

export function localCurrencyOf(language: string): string | null {
  return LANGUAGES[language]?.localCurrency ?? null;
}

/** Words after an amount that leave its maximum open, as token texts ("and up", "～"). */
export const OPEN_MAX_AFTER: readonly Phrase[] = ALL.flatMap((l) => l.openMaxAfter)
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);
