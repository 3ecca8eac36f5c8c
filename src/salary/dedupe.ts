import type { SalaryRange } from '../schema/salary.ts';

/**
 * One range stated twice (a header "USD 172k - 258k" and the body "$172,500-$258,700 USD",
 * or a paragraph repeated by the page) is returned once, keeping the most precise statement
 * at the position of its first mention.
 */
export interface Found {
  range: SalaryRange;
  /** Size of the least significant written digit of the coarser bound ("172k" = 1000). */
  step: number;
  /** Offset in the text, for the order written. */
  start: number;
  /** A code or unambiguous symbol was written (not a bare "$", not assumed). */
  explicitCurrency: boolean;
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
  if (x.currency !== y.currency || x.period !== y.period || x.basis !== y.basis) return false;
  const tol = Math.max(a.step, b.step);
  return close(x.min, y.min, tol) && close(x.max, y.max, tol);
}

/** Lower is better: finer digits, then a location label, then an explicit currency. */
function rank(f: Found): number[] {
  return [f.step, f.range.location ? 0 : 1, f.explicitCurrency ? 0 : 1, f.range.currencyAssumed ? 1 : 0];
}

function better(a: Found, b: Found): boolean {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) < (rb[i] ?? 0);
  }
  return false;
}

function merge(kept: Found, other: Found): Found {
  const best = better(other, kept) ? other : kept;
  const location = best.range.location ?? kept.range.location ?? other.range.location;
  return { ...best, start: Math.min(kept.start, other.start), range: { ...best.range, location } };
}

function exactKey(f: Found): string {
  const r = f.range;
  return `${r.currency}|${r.period}|${r.basis}|${r.min}|${r.max}`;
}

export function dedupe(found: Found[]): SalaryRange[] {
  const byKey = new Map<string, Found>();
  for (const f of found) {
    const key = exactKey(f);
    const prev = byKey.get(key);
    byKey.set(key, prev ? merge(prev, f) : f);
  }
  let unique = [...byKey.values()];
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
