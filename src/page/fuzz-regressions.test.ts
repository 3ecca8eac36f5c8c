import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inlineText } from './dom-utils.ts';
import { cleanString } from './field-values.ts';
import { rawSalaries } from './json-ld-values.ts';

// Regressions found by the property tests in src/fuzz.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('cut fields never split an astral character', () => {
  it.each(['😀', '𝟏', '𠀀'])('cleanString with %s across the limit', (ch) => {
    for (const lead of ['', 'x']) {
      const out = cleanString(`${lead}${ch.repeat(400)}`) ?? '';
      expect(out.length).toBeGreaterThanOrEqual(498);
      expect(out.length).toBeLessThanOrEqual(500);
      expect(LONE_SURROGATE.test(out)).toBe(false);
    }
  });

  it.each(['😀', '𠀀'])('inlineText with %s across the limit', (ch) => {
    const { document } = parseHTML(`<html><body><h1>x${ch.repeat(300)}</h1></body></html>`);
    const out = inlineText(document.querySelector('h1')) ?? '';
    expect(out.length).toBe(299);
    expect(LONE_SURROGATE.test(out)).toBe(false);
  });
});

describe('rawSalaries reads baseSalary lists nested in lists', () => {
  const amount = {
    '@type': 'MonetaryAmount',
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 180000, unitText: 'YEAR' },
  };
  it.each([
    ['a list', [amount]],
    ['a list in a list', [[amount]]],
    ['three levels', [[[amount]]]],
  ])('%s', (_, baseSalary) => {
    expect(rawSalaries(baseSalary)).toEqual([
      { currency: 'USD', unit: 'YEAR', min: 150000, max: 180000 },
    ]);
  });
});
