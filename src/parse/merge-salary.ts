import type { SalaryRange } from '../schema/salary.ts';

function sameRange(a: SalaryRange, b: SalaryRange): boolean {
  return a.currency === b.currency && a.period === b.period && a.min === b.min && a.max === b.max;
}

function within(inner: SalaryRange, outer: SalaryRange): boolean {
  if (inner.currency !== outer.currency) return false;
  const lo = outer.annual.min ?? 0;
  const hi = outer.annual.max ?? Number.POSITIVE_INFINITY;
  const a = inner.annual.min ?? inner.annual.max ?? 0;
  const b = inner.annual.max ?? inner.annual.min ?? 0;
  // A tier may round differently from the merged envelope: allow 1%.
  return a >= lo * 0.99 && b <= hi * 1.01;
}

/** Equal within the 1% two sources may round apart by. */
const near = (a: number | null, b: number | null): boolean =>
  a !== null && b !== null && Math.abs(a - b) <= Math.max(a, b) * 0.01;

/**
 * An unlabelled range that is exactly the envelope of two or more labelled tiers in its
 * currency and period (one source's summary of another's tiers: JSON-LD's one range beside
 * an ATS's location tiers) is not a range of its own.
 */
export function withoutEnvelopes(ranges: SalaryRange[]): SalaryRange[] {
  return ranges.filter((r) => {
    if (r.location !== null) return true;
    const tiers = ranges.filter(
      (t) => t.location !== null && t.currency === r.currency && t.period === r.period,
    );
    if (tiers.length < 2 || !tiers.every((t) => within(t, r))) return true;
    const low = Math.min(...tiers.map((t) => t.min ?? t.max ?? Number.POSITIVE_INFINITY));
    const high = Math.max(...tiers.map((t) => t.max ?? t.min ?? 0));
    return !(near(r.min, low) && near(r.max, high));
  });
}

/**
 * Structured pay beats prose, with one exception: when the prose splits the structured
 * envelope into location tiers (LinkedIn's structured field merges tiers into one range),
 * the tiers say more and are kept.
 */
export function mergeSalaries(given: SalaryRange[], prose: SalaryRange[]): SalaryRange[] {
  const structured = withoutEnvelopes(given);
  if (structured.length === 0) return prose;
  if (prose.length === 0) return structured;
  const tiered = prose.length > structured.length && prose.some((r) => r.location !== null);
  if (tiered && prose.every((p) => structured.some((s) => within(p, s)))) return prose;
  // Keep structured ranges; carry over a tier label the prose gives for the same numbers.
  return structured.map((s) => {
    if (s.location !== null) return s;
    const twin = prose.find((p) => sameRange(p, s) && p.location !== null);
    return twin ? { ...s, location: twin.location } : s;
  });
}
