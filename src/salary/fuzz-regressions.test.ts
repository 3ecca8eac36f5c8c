import { describe, expect, it } from 'vitest';
import { structuredSalary } from './from-structured.ts';

// Regressions found by the property tests in src/fuzz.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('structuredSalary on lying fields', () => {
  it('cuts a long source text without splitting an astral character', () => {
    // An unknown unit is inferred from magnitude, so this range is accepted and shows its text.
    const unit = `x${'😀'.repeat(150)}`;
    const { range } = structuredSalary(
      { min: 150000, max: 180000, currency: 'USD', unit },
      'json-ld',
    );
    expect(range?.min).toBe(150000);
    expect(range?.text.length).toBeLessThanOrEqual(200);
    expect(LONE_SURROGATE.test(range?.text ?? '')).toBe(false);
  });

  it('quotes an unknown currency without splitting an astral character', () => {
    const { problem } = structuredSalary(
      { value: 150000, currency: `x${'😀'.repeat(20)}` },
      'json-ld',
    );
    expect(problem).toMatch(/^unknown currency/);
    expect(LONE_SURROGATE.test(problem ?? '')).toBe(false);
  });

  it('names an array currency as an array', () => {
    const { problem } = structuredSalary({ value: 150000, currency: ['USD'] }, 'json-ld');
    expect(problem).toBe('currency has the wrong type (array)');
  });
});
