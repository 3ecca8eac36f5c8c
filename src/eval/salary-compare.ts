import { formatAmount } from '../match/format-money.ts';
import type { ExpectedRange } from './label.ts';

/** Amounts within half a unit are equal: labels and parses may round cents differently. */
export const AMOUNT_TOLERANCE = 0.5;

/** What a parsed range is compared on. SalaryRange fits this shape. */
export interface GotRange {
  min: number | null;
  max: number | null;
  currency: string;
  period: string;
  location?: string | null;
}

function sameAmount(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= AMOUNT_TOLERANCE;
}

/** min, max (null-aware), currency and period. Location and basis are not compared here. */
export function sameRange(expected: ExpectedRange, got: GotRange): boolean {
  return (
    sameAmount(expected.min, got.min) &&
    sameAmount(expected.max, got.max) &&
    expected.currency === got.currency &&
    expected.period === got.period
  );
}

/**
 * Assigns every expected range its own got range that is the same range, by augmenting paths
 * (so an earlier choice never blocks a later range that had only one candidate). Returns, per
 * got range, the index of the expected range it stands for (null: unused); or null when some
 * expected range has no partner.
 */
function assign(
  expected: readonly ExpectedRange[],
  got: readonly GotRange[],
): Array<number | null> | null {
  const owner: Array<number | null> = got.map(() => null);
  const tryAssign = (e: number, seen: boolean[]): boolean => {
    for (let g = 0; g < got.length; g++) {
      if (seen[g] || !sameRange(expected[e] as ExpectedRange, got[g] as GotRange)) continue;
      seen[g] = true;
      const current = owner[g];
      if (current === null || current === undefined || tryAssign(current, seen)) {
        owner[g] = e;
        return true;
      }
    }
    return false;
  };
  for (let e = 0; e < expected.length; e++) {
    if (
      !tryAssign(
        e,
        got.map(() => false),
      )
    )
      return null;
  }
  return owner;
}

/**
 * A one-to-one pairing of expected to got ranges where every pair is the same range, or null.
 * In order first (the label lists ranges in the order written); otherwise any pairing, so a
 * parse that lists tiers in another order still counts.
 */
export function pairRanges(
  expected: readonly ExpectedRange[],
  got: readonly GotRange[],
): Array<[ExpectedRange, GotRange]> | null {
  if (expected.length !== got.length) return null;
  if (expected.every((e, i) => got[i] !== undefined && sameRange(e, got[i]))) {
    return expected.map((e, i) => [e, got[i] as GotRange]);
  }
  const owner = assign(expected, got);
  if (!owner) return null;
  return owner.map((e, g) => [expected[e as number] as ExpectedRange, got[g] as GotRange]);
}

/**
 * Whether every expected range is among the got ones, each matched by a range of its own;
 * further got ranges are allowed (weak labels that name one of several stated ranges).
 */
export function containsRanges(
  expected: readonly ExpectedRange[],
  got: readonly GotRange[],
): boolean {
  return expected.length <= got.length && assign(expected, got) !== null;
}

/** The label's ranges or one of its acceptable alternatives, paired with the parse; or null. */
export function matchSalary(
  expected: readonly ExpectedRange[],
  alternatives: ReadonlyArray<readonly ExpectedRange[]>,
  got: readonly GotRange[],
): Array<[ExpectedRange, GotRange]> | null {
  for (const candidate of [expected, ...alternatives]) {
    const pairs = pairRanges(candidate, got);
    if (pairs) return pairs;
  }
  return null;
}

function normalizeLocation(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Loose location equality: both empty, or one normalised text contains the other. Tier labels
 * are copied "as written" and parsers may trim them ("Colorado" vs "Colorado:"), so wording
 * differences are measured apart from the salary figures and never fail them.
 */
export function sameLocation(
  expected: string | null | undefined,
  got: string | null | undefined,
): boolean {
  const a = normalizeLocation(expected ?? '');
  const b = normalizeLocation(got ?? '');
  if (a === '' || b === '') return a === b;
  return a.includes(b) || b.includes(a);
}

const amount = (value: number | null) => (value === null ? '…' : formatAmount(value));

/** "min–max CUR/period [location]" for failure listings; an open bound shows as "…". */
export function describeRanges(ranges: readonly GotRange[]): string {
  if (ranges.length === 0) return 'none';
  return ranges
    .map((r) => {
      const where = r.location ? ` [${r.location}]` : '';
      return `${amount(r.min)}–${amount(r.max)} ${r.currency}/${r.period}${where}`;
    })
    .join('; ');
}
