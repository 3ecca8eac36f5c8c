import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseKey, type Token, tokenize } from './tokenize.ts';

// The regex the scanner replaced, kept as the reference it must agree with token for token.
const L = 'A-Za-z0-9\\u00C0-\\u02AF\\u0370-\\u1FFF\\u2C00-\\uD7FF';
const REFERENCE = new RegExp(
  `([Hh][Tt][Tt][Pp][Ss]?:\\/\\/|[Ww]{3}\\.)[^\\s)]*|((?:(?<![${L}])\\.)?[${L}]+(?:(?:[-'’]|(?<![a-z])\\.|\\.(?![A-Z][a-z]))[${L}]+)*(?:[+#]{1,2}(?![${L}+#]))?)(:\\/\\/\\S*|@\\S*)?|\\S`,
  'g',
);

function reference(text: string): Token[] {
  const tokens: Token[] = [];
  const folded = text.toLowerCase().replace(/’/g, "'");
  const aligned = folded.length === text.length;
  let gapFrom = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    const start = m.index;
    const whole = m[0];
    let newline = tokens.length === 0;
    let space = false;
    for (let k = gapFrom; k < start; k++) {
      if (text.charCodeAt(k) === 10) newline = true;
      else space = true;
    }
    gapFrom = start + whole.length;
    const word = m[2];
    if (m[1] !== undefined || m[3] !== undefined || (word === undefined && whole.length > 1)) {
      gapFrom = start;
      continue;
    }
    let length = whole.length;
    if (word !== undefined && length > 2) {
      const apos = whole.charCodeAt(length - 2);
      const last = whole.charCodeAt(length - 1);
      if ((apos === 39 || apos === 0x2019) && (last === 115 || last === 83)) length -= 2;
    }
    const raw = whole.slice(0, length);
    const key = aligned
      ? folded.slice(start, start + length)
      : raw.toLowerCase().replace(/’/g, "'");
    tokens.push({
      text: raw,
      key,
      start,
      end: start + whole.length,
      word: word !== undefined,
      spaceBefore: space && !newline,
      lineStart: newline,
      joined: word !== undefined && (raw.includes('-') || raw.indexOf('.', 1) > 0),
    });
  }
  return tokens;
}

const pieces = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'Node.js',
      '.NET',
      'C++',
      'C#',
      'C+++',
      'F#x',
      'scikit-learn',
      "Spark's",
      'Kubernetes’s',
      'scale.Technical',
      'e.g.',
      'U.S.',
      'http://x.io/a)b',
      'HTTPS://EX.COM',
      'www.a.b',
      'WwW.',
      'me@mail.com',
      'git://repo',
      'x:/',
      'İstanbul',
      'straße',
      '😀',
      '\u00a0',
      '\u200b',
      '\t',
      '\r\n',
      '\n',
      ' ',
      '-',
      "'",
      '’',
      '.',
      '+',
      '#',
      '@',
      ':',
      '/',
      ')',
      'ǅ',
      '\u3000',
      'ΟΔΟΣ',
      'Σ',
      'ΣΑ',
      '\u1680',
      'Ωmega',
      'ÉCOLE',
      'a.B',
      'a.Bc',
      'A.Bc',
      '1.5',
      'v2.0-beta',
      'ﬁle',
      'Ａ',
    ),
  },
);
const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

describe('tokenize', () => {
  it('agrees with the reference regex on generated text', () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(tokenize(t)).toEqual(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the reference regex on the seed postings', () => {
    const dir = new URL('../../seeds/', import.meta.url).pathname;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const t = readFileSync(dir + f, 'utf8');
      expect(tokenize(t)).toEqual(reference(t));
    }
  });

  it.each([
    ['Node.js, C++ and C# on .NET', ['Node.js', ',', 'C++', 'and', 'C#', 'on', '.NET']],
    ["Spark's API", ['Spark', 'API']],
    ['see https://x.io/jobs or me@x.io now', ['see', 'or', 'now']],
    ['scale.Technical', ['scale', '.', 'Technical']],
  ])('%j', (text, want) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(want);
  });

  it('marks line starts and spaces', () => {
    const t = tokenize('a b\nc');
    expect(t.map((x) => [x.lineStart, x.spaceBefore])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
  });

  it('builds catalog keys', () => {
    expect(phraseKey('Apache  Kafka')).toBe('apache kafka');
  });
});
