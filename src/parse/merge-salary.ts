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

/**
 * Structured pay beats prose, with one exception: when the prose splits the structured
 * envelope into location tiers (LinkedIn's structured field merges tiers into one range),
 * the tiers say more and are kept.
 */
export function mergeSalaries(structured: SalaryRange[], prose: SalaryRange[]): SalaryRange[] {
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
