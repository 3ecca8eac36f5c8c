import { describe, expect, it } from 'vitest';
import type { ExpectedRange } from './label.ts';
import {
  containsRanges,
  type GotRange,
  matchSalary,
  pairRanges,
  sameLocation,
  sameRange,
} from './salary-compare.ts';

const want = (
  min: number | null,
  max: number | null,
  currency = 'USD',
  period: ExpectedRange['period'] = 'year',
): ExpectedRange => ({
  min,
  max,
  currency,
  period,
});
const got = (
  min: number | null,
  max: number | null,
  currency = 'USD',
  period = 'year',
  location: string | null = null,
): GotRange => ({
  min,
  max,
  currency,
  period,
  location,
});

describe('sameRange', () => {
  it.each([
    ['equal', want(100, 200), got(100, 200), true],
    ['within 0.5', want(100, 200), got(100.4, 199.5), true],
    ['beyond 0.5', want(100, 200), got(100.6, 200), false],
    ['open bound both', want(null, 70), got(null, 70), true],
    ['open bound only one side', want(null, 70), got(70, 70), false],
    ['currency differs', want(100, 200), got(100, 200, 'CAD'), false],
    ['period differs', want(25, 30, 'USD', 'hour'), got(25, 30, 'USD', 'year'), false],
    ['location ignored', want(100, 200), got(100, 200, 'USD', 'year', 'Anywhere'), true],
  ])('%s', (_name, e, g, expected) => {
    expect(sameRange(e, g)).toBe(expected);
  });
});

describe('pairRanges', () => {
  it('pairs in order', () => {
    expect(pairRanges([want(1, 2), want(3, 4)], [got(1, 2), got(3, 4)])).toHaveLength(2);
  });
  it('pairs out of order one to one', () => {
    const pairs = pairRanges([want(1, 2), want(3, 4)], [got(3, 4), got(1, 2)]);
    expect(pairs?.map(([e, g]) => [e.min, g.min])).toEqual([
      [3, 3],
      [1, 1],
    ]);
  });
  it.each([
    ['a different count', [want(1, 2)], [got(1, 2), got(1, 2)]],
    ['a duplicate standing in for another', [want(1, 2), want(3, 4)], [got(1, 2), got(1, 2)]],
    ['one wrong range', [want(1, 2), want(3, 4)], [got(1, 2), got(3, 5)]],
  ])('rejects %s', (_name, e, g) => {
    expect(pairRanges(e, g)).toBeNull();
  });
  it('accepts empty against empty', () => {
    expect(pairRanges([], [])).toEqual([]);
  });
});

describe('matchSalary', () => {
  it('accepts an acceptable alternative', () => {
    const alternatives = [[want(50, 60, 'USD', 'hour')]];
    expect(
      matchSalary([want(104_000, 124_800)], alternatives, [got(50, 60, 'USD', 'hour')]),
    ).not.toBeNull();
    expect(matchSalary([want(104_000, 124_800)], [], [got(50, 60, 'USD', 'hour')])).toBeNull();
  });
});

describe('sameLocation', () => {
  it.each([
    [null, null, true],
    ['', null, true],
    ['Colorado', 'colorado:', true],
    ['Zone A (metro areas)', 'Zone A', true],
    ['United States', null, false],
    [null, 'Remote', false],
    ['Oregon', 'Ohio', false],
  ])('%j vs %j', (a, b, expected) => {
    expect(sameLocation(a, b)).toBe(expected);
  });
});

describe('containsRanges', () => {
  it.each([
    ['the one range among others', [want(1, 2)], [got(5, 6), got(1, 2)], true],
    ['nothing expected', [], [got(1, 2)], true],
    ['nothing extracted', [want(1, 2)], [], false],
    ['only a different period', [want(1, 2)], [got(1, 2, 'USD', 'hour')], false],
    ['one range standing in for two', [want(1, 2), want(1, 2)], [got(1, 2), got(3, 4)], false],
    // 1.3–2 fits both wants; a greedy pick for the first would leave the second without one.
    [
      'a pairing that needs a second look',
      [want(1, 2), want(1.6, 2)],
      [got(1.3, 2), got(1, 2)],
      true,
    ],
  ])('%s', (_name, e, g, expected) => {
    expect(containsRanges(e, g)).toBe(expected);
  });
});
