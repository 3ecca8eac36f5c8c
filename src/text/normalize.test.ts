import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';
import { normalizeText } from './normalize.ts';

// The chain of replacements the one-pass version replaced, kept as its reference.
function reference(input: string): string {
  let text = repairMojibake(input);
  text = text.replace(/\r\n?/g, '\n');
  text = text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ');
  text = text.replace(
    /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g,
    '',
  );
  text = text.replace(/[ ]{2,}/g, ' ');
  text = text.replace(/ *\n */g, '\n');
  text = text.replace(/\n{3,}/g, '\n\n');
  return text.trim();
}

const piece = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 4 }) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'a',
      'Go',
      '$1',
      ' ',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\n\n\n',
      '\r',
      '\r\n',
      '\t',
      '\f',
      '\v',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u200a',
      '\u202f',
      '\u205f',
      '\u3000',
      '\u200b',
      '\u200e',
      '\u2028',
      '\u2029',
      '\u202c',
      '\u2060',
      '\u2066',
      '\ufeff',
      '\u00ad',
      '\u0085',
      'â€”',
      'Ã©',
      '😀',
    ),
  },
);

describe('normalizeText', () => {
  it('agrees with the chain of replacements it replaced', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        expect(normalizeText(t)).toBe(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['  Senior  Engineer \r\n\r\n\r\n Remote\u00a0role\u200b ', 'Senior Engineer\n\nRemote role'],
    ['a\u2028b', 'ab'],
    ['pay â€” range', 'pay — range'],
    ['', ''],
    ['plain', 'plain'],
  ])('%j -> %j', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });
});
