import { type PayPeriod, SalaryRange } from '../schema/salary.ts';
import { annualize } from './annualize.ts';
import type { Candidate } from './candidate.ts';
import { DOLLAR_CURRENCIES, isIsoCode, KRONA_CURRENCIES, unitsPerUsd } from './currency-table.ts';
import { buildCueIndex } from './cue-index.ts';
import { type Found, dedupe } from './dedupe.ts';
import { figureShapeProblem } from './figure-shape.ts';
import { unmarkedCurrency } from './locale-currency.ts';
import { type PayVerdict, payVerdict } from './pay-context.ts';
import { inferPeriodByMagnitude } from './period-words.ts';
import { implausibleRange, roughUsd } from './plausibility.ts';
import { readCandidate } from './range-grammar.ts';
import { tierLabel } from './tier-label.ts';
import { type Token, tokenize } from './tokenize.ts';

/** What the page says about money outside the description text. */
export interface SalaryContext {
  /**
   * Currency the page implies (JSON-LD, the site's country). Used for a bare `$` when it is a
   * dollar currency, and for figures written with no currency at all.
   */
  defaultCurrency?: string | null;
}

/** Million-scale multipliers are pay only in currencies with small units (¥8M, ₩60M). */
const SMALL_UNIT_CURRENCY = 50;

function validDefault(context: SalaryContext | undefined): string | null {
  const d = context?.defaultCurrency;
  return typeof d === 'string' && isIsoCode(d.toUpperCase()) ? d.toUpperCase() : null;
}

function resolveCurrency(
  c: Candidate,
  page: string | null,
  unmarked: string,
): { code: string; assumed: boolean } {
  if (c.code === 'SEK' && page && KRONA_CURRENCIES.has(page)) return { code: page, assumed: false };
  if (c.code) return { code: c.code, assumed: false };
  if (c.dollar || c.weakCode === 'USD') {
    return { code: page && DOLLAR_CURRENCIES.has(page) ? page : 'USD', assumed: false };
  }
  if (c.weakCode) return { code: c.weakCode, assumed: false };
  return { code: unmarked, assumed: true };
}

/** The written period, else one stated earlier in the clause, else one inferred from magnitude. */
function choosePeriod(c: Candidate, leading: PayPeriod | null, currency: string): PayPeriod | null {
  if (c.period) return implausibleRange(c.min, c.max, c.period, currency) ? null : c.period;
  if (leading && !implausibleRange(c.min, c.max, leading, currency)) return leading;
  const size = roughUsd(c.max ?? c.min ?? 0, currency);
  const inferred = inferPeriodByMagnitude(size);
  return implausibleRange(c.min, c.max, inferred, currency) ? null : inferred;
}

function isPay(tokens: Token[], c: Candidate, positive: boolean): boolean {
  const strong = c.code !== null || c.dollar;
  if (figureShapeProblem(tokens, c, strong || c.weakCode !== null)) return false;
  if (c.amounts.some((a) => (a.multiplier?.factor ?? 1) >= 1e6 && !a.multiplier?.indian)) {
    const code = c.code ?? 'USD';
    if (unitsPerUsd(code) < SMALL_UNIT_CURRENCY) return false;
  }
  const scaled = c.amounts.some((a) => a.multiplier !== null);
  if (c.isRange) return strong || c.period !== null || positive || scaled;
  if (c.period !== null) return true;
  // A lone unmarked figure needs salary size: "Salary: 52000", not "Graph 2: Compensation".
  const size = c.min ?? c.max ?? 0;
  return positive && (strong || c.weakCode !== null || size >= 1000);
}

function toFound(
  text: string,
  tokens: Token[],
  c: Candidate,
  verdict: PayVerdict,
  page: string | null,
  unmarked: string,
): Found | null {
  const currency = resolveCurrency(c, page, unmarked);
  const period = choosePeriod(c, verdict.leadingPeriod, currency.code);
  if (!period) return null;
  const tier = tierLabel(text, tokens, c, currency.code);
  const range = {
    min: c.min,
    max: c.max,
    currency: currency.code,
    currencyAssumed: currency.assumed,
    period,
    location: tier.label,
    basis: verdict.basis,
    annual: annualize(c.min, c.max, period),
    text: text.slice(tier.start, tier.end),
    source: 'text' as const,
  };
  const parsed = SalaryRange.safeParse(range);
  if (!parsed.success) return null;
  return {
    range: parsed.data,
    step: Math.max(c.minStep, c.maxStep),
    start: tier.start,
    explicitCurrency: c.code !== null,
  };
}

/** Token kinds and words a range can start with. */
function canStart(t: Token, next: Token | undefined): boolean {
  if (t.kind === 'num' || t.kind === 'sym') return true;
  if (t.kind !== 'word') return false;
  return t.text.length <= 3 || next?.kind === 'num' || next?.text === '$';
}

/**
 * Every salary range stated in the text, in the order written, each once. The text is the
 * job description after normalizeText (lines kept). Never throws: bad input gives [].
 */
export function extractSalaries(text: string, context?: SalaryContext): SalaryRange[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const tokens = tokenize(text);
    const cues = buildCueIndex(text, tokens);
    const pay: Array<{ c: Candidate; verdict: PayVerdict }> = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      const c = canStart(t, tokens[i + 1]) ? readCandidate(tokens, i) : null;
      if (!c) {
        i++;
        continue;
      }
      const verdict = payVerdict(tokens, cues, c);
      if (!verdict.negative && isPay(tokens, c, verdict.positive)) pay.push({ c, verdict });
      i = Math.max(i + 1, c.last + 1);
    }
    const page = validDefault(context);
    const unmarked = pay.some((p) => !p.c.code && !p.c.dollar && !p.c.weakCode)
      ? (page ?? unmarkedCurrency(text, pay.flatMap((p) => (p.c.code ? [p.c.code] : []))))
      : 'USD';
    const found: Found[] = [];
    for (const { c, verdict } of pay) {
      const f = toFound(text, tokens, c, verdict, page, unmarked);
      if (f) found.push(f);
    }
    return dedupe(found);
  } catch {
    return [];
  }
}
