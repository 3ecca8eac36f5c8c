import { describe, expect, it } from 'vitest';
import { truncate } from './truncate.ts';

describe('truncate', () => {
  it.each([
    ['short text stays whole', 'abc', 5, 'abc'],
    ['exact length stays whole', 'abcde', 5, 'abcde'],
    ['plain text is cut at the limit', 'abcdef', 3, 'abc'],
    ['a pair ending at the limit is kept', 'a😀b', 3, 'a😀'],
    ['a pair straddling the limit is dropped whole', 'ab😀c', 3, 'ab'],
    ['CJK extension B too', 'x𠀀𠀀', 2, 'x'],
    ['a lone surrogate already in the text is left as it is', 'a\udc00b', 2, 'a\udc00'],
  ])('%s', (_, s, max, expected) => {
    expect(truncate(s, max)).toBe(expected);
  });
});
