import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { parseInput } from '../parse/parse-input.ts';
import { lyingApiObject } from './api-arbitraries.ts';
import {
  BIDI,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  DASHES,
  FOREIGN_DIGIT_RUNS,
  LONE_SURROGATES,
  LONG_WORDS,
} from './chars.ts';
import { brokenPostingHtml, nest } from './html-arbitraries.ts';
import { isWellFormed } from './invariants.ts';
import { brokenJsonLdText } from './json-ld-arbitraries.ts';
import { anyText, noisyPostingText } from './text-arbitraries.ts';

// The properties are only as strong as their inputs: these pin what the generators reach.
const SEED = 20_261_121;

function sample<T>(arb: fc.Arbitrary<T>, n: number): T[] {
  return fc.sample(arb, { numRuns: n, seed: SEED });
}

describe('character tables', () => {
  it('hold every Unicode currency symbol and dash, and the ISO codes', () => {
    for (const s of ['$', '€', '£', '¥', '₹', '₩', '₽', '₿', '﷼', '＄', 'zł', 'CA$']) {
      expect(CURRENCY_SYMBOLS).toContain(s);
    }
    expect(CURRENCY_SYMBOLS.length).toBeGreaterThan(80);
    for (const d of ['-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\ufe63', '\ufffd']) {
      expect(DASHES).toContain(d);
    }
    for (const c of ['USD', 'EUR', 'INR', 'JPY', 'CHF', 'XXX']) expect(CURRENCY_CODES).toContain(c);
  });

  it('hold RTL overrides, digits of many scripts, lone surrogates and 10,000-unit words', () => {
    expect(BIDI).toContain('\u202e');
    expect(FOREIGN_DIGIT_RUNS).toEqual(
      expect.arrayContaining(['١٢٠,٠٠٠', '१२०,०००', '１２０,０００']),
    );
    expect(LONE_SURROGATES.every((s) => !isWellFormed(s))).toBe(true);
    expect(LONG_WORDS.every((w) => w.length === 10_000)).toBe(true);
  });
});

describe('text generators', () => {
  const texts = sample(anyText, 400);

  it('produce lone surrogates, NUL, RTL overrides and foreign digits', () => {
    expect(texts.some((t) => !isWellFormed(t))).toBe(true);
    expect(texts.some((t) => t.includes('\u0000'))).toBe(true);
    expect(texts.some((t) => t.includes('\u202e'))).toBe(true);
    expect(texts.some((t) => FOREIGN_DIGIT_RUNS.some((d) => t.includes(d)))).toBe(true);
    expect(texts.some((t) => t.length >= 10_000)).toBe(true);
  });

  it('make postings that show pay often enough for the salary checks to bite', () => {
    const postings = sample(noisyPostingText, 100).map((text) =>
      parseInput({ kind: 'text', text, url: null }, linkedomEnv),
    );
    expect(postings.filter((p) => p.isPosting).length).toBeGreaterThan(80);
    expect(postings.filter((p) => p.salary.length > 0).length).toBeGreaterThan(25);
  });
});

describe('HTML generators', () => {
  it('nest 10,000 levels deep when asked', () => {
    const { document } = parseHTML(`<html><body>${nest('x', 10_000, 'div', false)}</body></html>`);
    let depth = 0;
    for (let el: Element | null = document.body; el?.firstElementChild; el = el.firstElementChild)
      depth++;
    expect(depth).toBe(10_000);
  });

  it('make broken pages that are still read as postings with pay, some of them', () => {
    const pages = sample(brokenPostingHtml(), 100).map((html) =>
      parseInput({ kind: 'html', html, url: null }, linkedomEnv),
    );
    expect(pages.filter((p) => p.isPosting).length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.salary.length > 0).length).toBeGreaterThan(10);
  });
});

describe('JSON generators', () => {
  it('write JSON-LD some of which parses and some of which is broken', () => {
    const verdicts = sample(brokenJsonLdText, 200).map((t) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    });
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(20);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(20);
  });

  it('lie about pay: structured salaries are both accepted and rejected with a reason', () => {
    const postings = sample(lyingApiObject, 300).map((value) =>
      parseInput({ kind: 'json', value, url: null }, linkedomEnv),
    );
    const accepted = postings.filter((p) => p.salary.some((s) => s.source !== 'text'));
    const rejected = postings.filter((p) => p.reasons.some((r) => r.startsWith('Ignored ')));
    expect(accepted.length).toBeGreaterThan(10);
    expect(rejected.length).toBeGreaterThan(30);
  });
});
