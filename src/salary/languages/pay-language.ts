import type { PayPeriod } from '../../schema/salary.ts';

/**
 * What one language writes around pay: the salary reader's words, one table per language.
 * Phrases are lower-case words separated by spaces; an elided article ("l'", "all'") is
 * written with its apostrophe and matches the tokens "l" "'" in the text.
 */
export interface PayLanguage {
  /** Unit nouns after a period preposition or a slash: "an", "Monat", "uur", "godzinę". */
  periodNouns: Readonly<Record<string, PayPeriod>>;
  /** Words that state the period on their own: "annuel", "jährlich", "mensuales". */
  periodAdverbs: Readonly<Record<string, PayPeriod>>;
  /** Words that put a unit noun after an amount: "par" (an), "pro" (Jahr), "za" (godzinę). */
  periodPrepositions: readonly string[];
  /** Words that make a nearby figure pay: "salaire", "Gehalt", "RAL", "TJM". */
  payWords: readonly string[];
  /** Pay words that also name the period: "TJM" (day), "RAL" (year), "Stundenlohn". */
  payPeriodWords?: Readonly<Record<string, PayPeriod>>;
  /** Words that make a nearby figure something other than base pay: perks, fees, bonuses. */
  notPayWords: readonly string[];
  /**
   * The other parts of a pay package: a figure joined to one ("$150k + 1% equity", "90000 -
   * 105000 plus bonus") is the package's pay, and a label joining pay to one ("Salary +
   * Equity:") still labels pay.
   */
  packageWords?: readonly string[];
  /** Words joining a figure or a pay word to a package part: "plus", "and", "zzgl.". */
  packageJoiners?: readonly string[];
  /** Words that make a pay word a statistic, not an offer: "average salary", "salaire moyen". */
  statisticWords?: readonly string[];
  /**
   * How a monthly figure says it is paid more than twelve times a year, "#" standing for the
   * count: "sur # mois", "x # pagas", "# Monatsgehälter".
   */
  paymentsPerYear?: readonly string[];
  /** A writer's own pay, not the role's: "I make", "my salary", "je gagne". */
  firstPersonPay?: readonly string[];
  /** Gross/net words that may sit between an amount and its period or range connector. */
  fillers: readonly string[];
  /** Phrases before a lone amount that leave the maximum open: "à partir de", "ab". */
  openMax: readonly string[];
  /** Phrases before a lone amount that leave the minimum open: "bis zu", "jusqu'à". */
  openMin: readonly string[];
  /** Words after a lone amount that leave the maximum open: "and up", "et plus", "～". */
  openMaxAfter: readonly string[];
  /** Words joining two amounts into a range anywhere: "bis", "à". */
  connectors: readonly string[];
  /** Words joining two amounts only after an opener: "entre X y Y", "van X tot Y". */
  pairedConnectors: Readonly<Record<string, readonly string[]>>;
  /** Articles an opener or connector may take before the amount: "tra i", "entre los". */
  articles: readonly string[];
  /** Parts of compound words: a word containing a pay stem is a pay word ("Jahresgehalt"). */
  payStems?: readonly string[];
  /** With a pay stem, a period stem names the period ("Monatsgehalt" is monthly). */
  periodStems?: Readonly<Record<string, PayPeriod>>;
  /** Words for the same figure stated approximately in brackets: "environ", "ca". */
  approximately: readonly string[];
  /** The currency a figure written without one means in this language, when it has one. */
  localCurrency: string | null;
}
