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

  it('answers for a word inside a text as for the word cut out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 20 }),
        fc.string({ maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (ks, text, a, b) => {
          const f = new KeyFilter(ks);
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          expect(f.mayHaveAt(text, from, to)).toBe(f.mayHave(text.slice(from, to)));
          for (const k of ks) expect(f.mayHaveAt(`(${k})`, 1, k.length + 1)).toBe(true);
        },
      ),
    );
  });
});
