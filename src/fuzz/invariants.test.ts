import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { parseInput } from '../parse/parse-input.ts';
import type { Posting } from '../schema/posting.ts';
import type { SalaryRange } from '../schema/salary.ts';
import {
  checkPosting,
  checkSalary,
  checkSkills,
  isCleanInput,
  type Provenance,
} from './invariants.ts';
import { provenanceOfInput } from './provenance.ts';

// The checks must fail on bad output, or every property built on them proves nothing.

const SEED = readFileSync(new URL('../../seeds/003_2bcbe9465b92725b.txt', import.meta.url), 'utf8');
const seedInput = { kind: 'text' as const, text: SEED, url: null };
const seedPosting = parseInput(seedInput, linkedomEnv);
const seedProv = provenanceOfInput(seedInput, linkedomEnv);

const range: SalaryRange = {
  min: 150000,
  max: 180000,
  currency: 'USD',
  currencyAssumed: false,
  period: 'year',
  location: null,
  basis: 'base',
  annual: { min: 150000, max: 180000 },
  text: '$150,000 - $180,000',
  source: 'text',
};
const prov: Provenance = { texts: ['Pay: $150,000 - $180,000 a year'], raws: [] };

describe('checkPosting', () => {
  it('passes a real parsed posting', () => {
    expect(seedPosting.isPosting).toBe(true);
    expect(seedPosting.salary.length).toBeGreaterThan(0);
    expect(() => checkPosting(seedPosting, seedProv, { wellFormedInput: true })).not.toThrow();
  });

  it.each<[string, (p: Posting) => Posting, RegExp]>([
    ['a confidence above 1', (p) => ({ ...p, confidence: 2 }), /schema/],
    [
      'a swallowed exception',
      (p) => ({ ...p, reasons: ['Could not read this page: boom'] }),
      /swallowed/,
    ],
    ['pay shown on a non-posting', (p) => ({ ...p, isPosting: false }), /not a posting/],
    ['a NaN that JSON turns into null', (p) => ({ ...p, confidence: Number.NaN }), /schema|JSON/],
    ['a lone surrogate', (p) => ({ ...p, title: 'Engineer \ud83d' }), /lone surrogate/],
    [
      'a duplicate skill',
      (p) => ({ ...p, skills: [...p.skills, ...p.skills.slice(0, 1)] }),
      /twice/,
    ],
  ])('fails %s', (_, spoil, message) => {
    expect(() => checkPosting(spoil(seedPosting), seedProv, { wellFormedInput: true })).toThrow(
      message,
    );
  });
});

describe('checkSalary', () => {
  it('passes a good range', () => {
    expect(() => checkSalary(range, prov)).not.toThrow();
  });

  it.each<[string, Partial<SalaryRange>, RegExp]>([
    ['min above max', { min: 190000, annual: { min: 190000, max: 180000 } }, /schema|min > max/],
    ['an infinite bound', { max: Number.POSITIVE_INFINITY }, /schema|finite/],
    [
      'a yearly figure shown per hour',
      { period: 'hour', annual: { min: 3.1e8, max: 3.7e8 } },
      /implausible/,
    ],
    ['text that is not in the input', { text: '$150k-$180k' }, /not in the input/],
    ['empty text', { text: ' ' }, /empty/],
    ['a lowercase currency', { currency: 'usd' }, /schema/],
  ])('fails %s', (_, change, message) => {
    expect(() => checkSalary({ ...range, ...change }, prov)).toThrow(message);
  });

  it('traces structured text to the fields it was built from, and only to them', () => {
    const s = { ...range, source: 'json-ld' as const, text: '150000–180000 USD YEAR' };
    const raws = [{ min: 150000, max: 180000, currency: 'USD', unit: 'YEAR' }];
    expect(() => checkSalary(s, { texts: [], raws })).not.toThrow();
    expect(() => checkSalary(s, { texts: [], raws: [{ ...raws[0], max: 170000 }] })).toThrow(
      /not in the input/,
    );
  });
});

describe('checkSkills', () => {
  const python = {
    name: 'Python',
    category: 'language',
    importance: 'required' as const,
    years: null,
    evidence: 'Python daily',
  };
  it('fails evidence that is not in the text, and passes evidence that is', () => {
    expect(() => checkSkills([python], ['We use Python daily'])).not.toThrow();
    expect(() => checkSkills([python], ['We use Go'])).toThrow(/evidence/);
  });
});

describe('isCleanInput', () => {
  it.each([
    ['plain text', 'Salary $1', true],
    ['a lone surrogate', 'a\ud800b', false],
    ['a JSON escape of one', '"\\ud800"', false],
    ['an HTML reference to one', '&#xD800;', false],
    ['an emoji', '😀', true],
    ['no URL', null, true],
  ])('%s', (_, s, clean) => {
    expect(isCleanInput(s)).toBe(clean);
  });
});
