import type { SalaryRange } from '../schema/salary.ts';

/**
 * One range stated twice (a header "USD 172k - 258k" and the body "$172,500-$258,700 USD",
 * or a paragraph repeated by the page) is returned once, keeping the most precise statement
 * at the position of its first mention. The same figures in two currencies (a job board's
 * summary line converting or mislabelling the posting's own range) are one range too, unless
 * both carry tier labels ("US: $100k-$120k, CA: CA$100k-CA$120k"); the statement with a pay
 * word next to it wins, since a board's summary line has none.
 */
export interface Found {
  range: SalaryRange;
  /** Size of the least significant written digit of the coarser bound ("172k" = 1000). */
  step: number;
  /** Offset in the text, for the order written. */
  start: number;
  /** A code or unambiguous symbol was written (not a bare "$", not assumed). */
  explicitCurrency: boolean;
  /** A pay word ("salary", "compensation") stands next to it. */
  cue: boolean;
}

/** Beyond this many distinct ranges (only adversarial text has them) only exact repeats merge. */
const FUZZY_LIMIT = 200;

function close(a: number | null, b: number | null, tolerance: number): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) < tolerance;
}

function sameRange(a: Found, b: Found): boolean {
  const x = a.range;
  const y = b.range;
  if (x.period !== y.period || x.basis !== y.basis) return false;
  if (x.currency !== y.currency) {
    return x.min === y.min && x.max === y.max && !(x.location && y.location);
  }
  const tol = Math.max(a.step, b.step);
  return close(x.min, y.min, tol) && close(x.max, y.max, tol);
}

/**
 * Whether `a` states the range better than `b`. Lower ranks win, compared in order: finer
 * digits, then a location label, then an explicit currency, then a currency not assumed.
 * (Compared field by field: this runs for every repeat of a range.)
 */
function better(a: Found, b: Found): boolean {
  if (a.step !== b.step) return a.step < b.step;
  const la = a.range.location ? 0 : 1;
  const lb = b.range.location ? 0 : 1;
  if (la !== lb) return la < lb;
  const ea = a.explicitCurrency ? 0 : 1;
  const eb = b.explicitCurrency ? 0 : 1;
  if (ea !== eb) return ea < eb;
  const ca = a.range.currencyAssumed ? 1 : 0;
  const cb = b.range.currencyAssumed ? 1 : 0;
  return ca < cb;
}

/** The better statement of the two, at the earlier position, with a location if either has one. */
function merge(kept: Found, other: Found): Found {
  const conflict = kept.range.currency !== other.range.currency && kept.cue !== other.cue;
  const best = conflict ? (other.cue ? other : kept) : better(other, kept) ? other : kept;
  const start = Math.min(kept.start, other.start);
  const location = best.range.location ?? kept.range.location ?? other.range.location;
  if (best.start === start && best.range.location === location) return best;
  return { ...best, start, range: { ...best.range, location } };
}

function exactKey(f: Found): string {
  const r = f.range;
  return `${r.currency}|${r.period}|${r.basis}|${r.min}|${r.max}`;
}

/**
 * Collects ranges as they are found. Exact repeats merge at once, so a page (or an attack)
 * repeating one range thousands of times holds one entry; near-repeats merge at the end.
 */
export class RangeSet {
  private readonly byKey = new Map<string, Found>();

  add(f: Found): void {
    const key = exactKey(f);
    const prev = this.byKey.get(key);
    this.byKey.set(key, prev ? merge(prev, f) : f);
  }

  /** The ranges in the order written, each once. */
  result(): SalaryRange[] {
    let unique = [...this.byKey.values()];
    if (unique.length <= FUZZY_LIMIT) {
      const out: Found[] = [];
      for (const f of unique) {
        const i = out.findIndex((g) => sameRange(g, f));
        if (i < 0) out.push(f);
        else out[i] = merge(out[i] as Found, f);
      }
      unique = out;
    }
    return unique.sort((a, b) => a.start - b.start).map((f) => f.range);
  }
}
