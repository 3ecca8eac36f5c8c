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
