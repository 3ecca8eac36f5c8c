import { describe, expect, it } from 'vitest';
import { boundText, MAX_DESCRIPTION_CHARS } from './bound.ts';

describe('boundText', () => {
  it('keeps text within the limit as it is', () => {
    expect(boundText('short text', 100)).toBe('short text');
    expect(boundText('x'.repeat(100), 100)).toHaveLength(100);
  });

  it('cuts at a line break near the limit', () => {
    const text = `${'a'.repeat(95)}\n${'b'.repeat(20)}`;
    expect(boundText(text, 100)).toBe('a'.repeat(95));
  });

  it('cuts at the limit when no line break is near', () => {
    const text = `${'a'.repeat(10)}\n${'b'.repeat(200)}`;
    expect(boundText(text, 100)).toHaveLength(100);
  });

  it('never leaves half a surrogate pair', () => {
    const text = `${'a'.repeat(99)}😀${'b'.repeat(10)}`;
    const out = boundText(text, 100);
    expect(out).toBe('a'.repeat(99));
  });

  it('reads far more than any real posting', () => {
    expect(MAX_DESCRIPTION_CHARS).toBeGreaterThanOrEqual(50_000);
  });
});
