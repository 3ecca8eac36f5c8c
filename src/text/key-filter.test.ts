import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter.ts';

describe('KeyFilter', () => {
  const keys = ['python', 'go', 'c++', 'node.js', 'salary', 'a', 'über'];
  const filter = new KeyFilter(keys);

  it('never turns a key away, in any case or as a prefix of the right length', () => {
    for (const k of keys) {
      expect(filter.mayHave(k)).toBe(true);
      expect(filter.mayHave(k.toUpperCase())).toBe(true);
      expect(filter.mayHave(`${k}s`, k.length)).toBe(true);
    }
  });

  it('turns away most other words', () => {
    const others = ['the', 'and', 'team', 'build', 'with', 'customers', 'we', 'of'];
    expect(others.filter((w) => filter.mayHave(w)).length).toBeLessThanOrEqual(2);
    expect(filter.mayHave('')).toBe(false);
  });

  it('has no false negatives on random key sets', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 30 }), (ks) => {
        const f = new KeyFilter(ks);
        for (const k of ks) expect(f.mayHave(k)).toBe(true);
      }),
    );
  });
});
