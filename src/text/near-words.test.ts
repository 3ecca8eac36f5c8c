import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEAR_PATTERNS } from '../detect/fields-from-text.ts';
import { nearPattern, testNear, WordFinder } from './near-words.ts';

// Pieces that make and break matches: gate words glued to letters, case changes, the
// length-changing "İ", phrases each pattern accepts and near misses.
const piece = fc.oneof(
  fc.constantFrom(
    'remote',
    'Remote',
    'REMOTELY',
    'fully remote',
    'fully-remote',
    '100% remote',
    'remote-first',
    'remote sensing',
    'work from home',
    'Working at HOME',
    'wfh',
    'telecommuting',
    'the position is remote',
    'this role is Remote',
    'not a remote',
    'non-remote',
    'remote work is not',
    'hybrid',
    'hybridity',
    'on-site',
    'onsite',
    'in person',
    'office-based',
    '5 days a week in the office',
    '5 days in office',
    'this is an internship',
    'summer internship',
    'internship program',
    'contract role',
    'contract-to-hire',
    'fixed-term basis',
    'freelance engagement',
    'part-time job',
    'seasonal role',
    'temporary assignment',
    'full time',
    'fulltime',
    'permanent contract',
    'İ',
    'x',
    ' ',
    '\n',
    '.',
  ),
  fc.string({ maxLength: 6 }),
);
const texts = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));

describe('testNear', () => {
  it('answers as the whole-text regex does, for every pattern tried near its words', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of NEAR_PATTERNS) {
          const spots = new WordFinder(p.words).find(text);
          expect(testNear(p, text, spots)).toBe(p.re.test(text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a match right at the start', 'remote role', true],
    ['a match far into the text', `${'word '.repeat(500)}fully remote`, true],
    ['the word without a match', 'remotely, from anywhere', false],
    ['no word at all', 'we bake bread', false],
  ])('%s', (_name, text, expected) => {
    const p = nearPattern(/\b(?:fully )?remote\b(?!ly)/i, ['remote'], 6);
    expect(testNear(p, text, new WordFinder(p.words).find(text))).toBe(expected);
  });

  it('finds words in any case, overlapping ones too, where lower-casing moves offsets', () => {
    const spots = new WordFinder(['temp', 'temporary', 'remote']).find('İİ TEMPORARY Remote');
    expect(spots.get('temp')).toEqual([3]);
    expect(spots.get('temporary')).toEqual([3]);
    expect(spots.get('remote')).toEqual([13]);
  });
});
