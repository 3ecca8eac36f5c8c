import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rcr', `"'\rcr"`],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['mid=dle', 'mid=dle'],
    ['', ''],
  ])('%j -> %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it.each([
    [150000, '150000'],
    [-5, '-5'],
    [null, ''],
    [Number.NaN, ''],
  ])('number %j -> %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe('toCsv', () => {
  it('header first, CRLF line ends, every cell escaped', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['=1', 2],
          ['x,y', null],
        ],
      ),
    ).toBe('a,b\r\n\'=1,2\r\n"x,y",\r\n');
  });
});
