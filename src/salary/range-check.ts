import type { SalaryBasis, SalaryRange } from '../schema/salary.ts';

/**
 * The checks of the SalaryRange schema, written out so the content script needs no zod at
 * run time. A unit test (range-check.test.ts) holds this and the schema to the same verdicts.
 */

const BASES: ReadonlySet<string> = new Set<SalaryBasis>(['base', 'ote', 'total_cash']);
const PERIODS: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'year']);
const SOURCES: ReadonlySet<string> = new Set(['json-ld', 'adapter', 'api', 'text']);

/** A declared pay basis ("ote"), else null: structured data may say anything. */
export function basisOf(value: unknown): SalaryBasis | null {
  return typeof value === 'string' && BASES.has(value) ? (value as SalaryBasis) : null;
}

function badAmount(v: number | null): boolean {
  return v !== null && !(typeof v === 'number' && Number.isFinite(v) && v >= 0);
}

/** What is wrong with a range by the schema's rules, or null when it is a valid SalaryRange. */
export function rangeProblem(r: SalaryRange): string | null {
  if (badAmount(r.min) || badAmount(r.max)) return 'amounts must be finite and not negative';
  if (badAmount(r.annual.min) || badAmount(r.annual.max)) {
    return 'annual amounts must be finite and not negative';
  }
  if (typeof r.currency !== 'string' || !/^[A-Z]{3}$/.test(r.currency)) {
    return 'currency must be an ISO 4217 code';
  }
  if (!PERIODS.has(r.period)) return 'unknown pay period';
  if (!BASES.has(r.basis)) return 'unknown pay basis';
  if (!SOURCES.has(r.source)) return 'unknown source';
  if (r.location !== null && typeof r.location !== 'string') return 'location must be text';
  if (typeof r.text !== 'string') return 'text must be text';
  if (r.min === null && r.max === null) return 'a range needs at least one bound';
  if (r.min !== null && r.max !== null && r.min > r.max) return 'min must not exceed max';
  return null;
}
