import { describe, expect, it } from 'vitest';
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

describe('statesIn on adversarial input', () => {
  it.each([
    ['repeated state names', 'New York New York City, '.repeat(45_000)],
    ['capital pairs', 'AB '.repeat(350_000)],
    ['punctuation', ',.-'.repeat(350_000)],
    ['washington without dc', 'washington, d'.repeat(80_000)],
  ])('%s: 1 MB in well under a second', (_name, text) => {
    const started = performance.now();
    statesIn(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
