import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterDotWords, letterWords } from './letter-words.ts';

const piece = fc.oneof(
  fc.constantFrom(
    'New York',
    'U.S.',
    'Zürich',
    'São Paulo',
    'ªµº',
    '😀',
    '-',
    ' ',
    '.',
    '’',
    'Κρήτη',
  ),
  fc.string({ maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(''));

describe('letterWords and letterDotWords', () => {
  it.each([
    ['Colorado Salary Range', ['Colorado', 'Salary', 'Range']],
    ['São Paulo / Zürich', ['São', 'Paulo', 'Zürich']],
    ['', ['']],
  ])('%j', (s, words) => {
    expect(letterWords(s)).toEqual(words);
  });

  it('split as the Unicode letter patterns do', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(letterWords(s)).toEqual(s.split(/[^\p{L}]+/u));
        expect(letterDotWords(s)).toEqual(s.split(/[^\p{L}.]+/u));
      }),
      { numRuns: 3000 },
    );
  });
});
