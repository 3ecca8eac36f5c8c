/**
 * The currency for figures written with no currency at all, when the page gives no default.
 * First choice: the currency the same text writes explicitly elsewhere (a posting that says
 * "£55,000" in one place and "60,000" in another means pounds). Failing that, British
 * job-board idioms ("per annum", "p.a.", day rates, "to Competitive", "rates of pay") point to
 * GBP: UK boards strip the £ from their salary fields. Otherwise USD, the most common
 * currency of unmarked figures in English postings. The result is always flagged
 * currencyAssumed, so the UI can say it was a guess.
 */
const BRITISH_IDIOMS =
  /\b(?:per annum|p\.a\.|annum|pro rata|rates of pay|day rate|daily rate|to competitive|per day|\/day)\b/i;

/** The most frequent explicit currency among those written, or null. */
function dominant(written: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const code of written) {
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

export function unmarkedCurrency(text: string, written: readonly string[]): string {
  return dominant(written) ?? (BRITISH_IDIOMS.test(text.slice(0, 200_000)) ? 'GBP' : 'USD');
}
