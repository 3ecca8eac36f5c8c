import { describe, expect, it } from 'vitest';
import { prf, ratio } from './ratio.ts';

describe('prf', () => {
  it.each([
    [8, 2, 2, 0.8, 0.8, 0.8],
    [3, 0, 1, 1, 0.75, 6 / 7],
    [0, 2, 2, 0, 0, 0],
    [0, 0, 0, null, null, null],
    [0, 0, 3, null, 0, 0],
    [0, 3, 0, 0, null, 0],
  ])('tp %i fp %i fn %i', (tp, fp, fn, p, r, f) => {
    const got = prf(tp, fp, fn);
    for (const [value, expected] of [
      [got.precision, p],
      [got.recall, r],
      [got.f1, f],
    ] as const) {
      if (expected === null) expect(value).toBeNull();
      else expect(value).toBeCloseTo(expected, 10);
    }
  });

  it('ratio of nothing has no rate', () => {
    expect(ratio(0, 0)).toEqual({ n: 0, of: 0, rate: null });
    expect(ratio(1, 4).rate).toBe(0.25);
  });
});
