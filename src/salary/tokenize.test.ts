import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerOf, tokenize } from './tokenize.ts';

describe('lowerOf', () => {
  it('is the token text lower-cased, for any text', () => {
    const pieces = fc.constantFrom(
      'Salary',
      'GEHALT',
      'Über',
      'ÉTÉ',
      'İstanbul',
      'ZŁOTY',
      'salaryAnnual',
      'USDOur',
      'CA$',
      '€',
      '45 000',
      ' ',
      '\n',
      '-',
      '😀',
    );
    const texts = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 10 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of tokenize(text)) expect(lowerOf(t)).toBe(t.text.toLowerCase());
      }),
    );
  });

  it('has a lower-case word as its own lower case from the start', () => {
    const [word] = tokenize('annual');
    expect(word?.lower).toBe('annual');
  });

  it('is empty for no token', () => {
    expect(lowerOf(undefined)).toBe('');
  });
});
