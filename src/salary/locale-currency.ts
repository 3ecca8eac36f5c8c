import { identifyLanguage } from '../lang/identify-language.ts';
import { localCurrencyOf } from './pay-lexicon.ts';

/**
 * The currency for figures written with no currency at all, when the page gives no default.
 * First choice: the currency the same text writes explicitly elsewhere (a posting that says
 * "£55,000" in one place and "60,000" in another means pounds). Failing that, British
 * job-board idioms ("per annum", "p.a.", day rates, "to Competitive", "rates of pay") point to
 * GBP: UK boards strip the £ from their salary fields. A text in a language with one currency
 * (Dutch, German, French, Italian: EUR; Polish: PLN) means that one. Otherwise USD, the most common
 * currency of unmarked figures in English postings. The result is always flagged
 * currencyAssumed, so the UI can say it was a guess.
 */
const BRITISH_IDIOMS =
  /\b(?:annum|p\.a\.|pro rata|rates of pay|day rate|daily rate|to competitive)\b/i;

/** Counts the currencies a text writes explicitly, to pick one for its unmarked figures. */
export class CurrencyTally {
  private readonly counts = new Map<string, number>();
  private best: string | null = null;
  private bestCount = 0;

  add(code: string): void {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n > this.bestCount) {
      this.best = code;
      this.bestCount = n;
    }
  }

  /** The currency for figures written without one (see the comment at the top). */
  unmarked(text: string): string {
    if (this.best) return this.best;
    if (BRITISH_IDIOMS.test(text.slice(0, 200_000))) return 'GBP';
    const language = identifyLanguage(text);
    return (language && localCurrencyOf(language)) ?? 'USD';
  }
}
