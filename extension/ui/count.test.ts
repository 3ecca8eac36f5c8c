import { describe, expect, it } from 'vitest';
import { count } from './count.ts';

describe('count', () => {
  it.each([
    [0, 'skill', '0 skills'],
    [1, 'skill', '1 skill'],
    [2, 'skill', '2 skills'],
    [1, 'entry', '1 entry'],
    [10_000, 'role', '10,000 roles'],
  ])('%i %s', (n, noun, text) => {
    expect(count(n, noun, noun === 'entry' ? 'entries' : undefined)).toBe(text);
  });
});
