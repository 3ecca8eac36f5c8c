import { describe, expect, it } from 'vitest';
import { confirmedScaling, MAX_RATIO } from '../fuzz/timing.ts';
import { statesIn } from './us-states.ts';

describe('statesIn', () => {
  it.each([
    ['Colorado', ['CO']],
    ['Denver, CO', ['CO']],
    ['co', ['CO']],
    ['CA, NY, WA', ['CA', 'NY', 'WA']],
    ['New York City', []],
    ['New York, NY', ['NY']],
    ['Hawaii and New York (not including NYC)', ['HI', 'NY']],
    ['Washington, D.C.', ['DC']],
    ['Seattle, Washington', ['WA']],
    ['West Virginia', ['WV']],
    ['remote or in office', []],
    ['REMOTE OR IN OFFICE', []],
    ['Berlin, Germany', []],
  ])('%s -> %j', (text, codes) => {
    expect([...statesIn(text)].sort()).toEqual([...codes].sort());
  });
});

// Ratios only, never absolute times (the machine may be busy): 10x the input must cost well
// under 25x the time; a quadratic step costs 100x.
describe('statesIn on adversarial input', () => {
  it.each([
    ['repeated state names', 'New York New York City, '],
    ['capital pairs', 'AB '],
    ['punctuation', ',.-'],
    ['washington without dc', 'washington, d'],
  ])('%s: time stays linear from 100 KB to 1 MB', (name, unit) => {
    const family = {
      name,
      kind: 'text' as const,
      make: (size: number) => unit.repeat(Math.ceil(size / unit.length)),
    };
    const s = confirmedScaling(family, (text) => statesIn(text));
    expect(s.ratio, `${name}: ${s.smallMs.toFixed(1)} / ${s.largeMs.toFixed(1)} ms`).toBeLessThan(
      MAX_RATIO,
    );
  });
});
