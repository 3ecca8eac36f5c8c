import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import * as F from './detect-fixtures.ts';
import { titleFromText } from './fields-from-text.ts';
import { type DetectInput, detectPosting, POSTING_THRESHOLD } from './posting-detector.ts';

function input(text: string, extra: Partial<DetectInput> = {}): DetectInput {
  return {
    url: null,
    title: null,
    text,
    hasJobPostingJsonLd: false,
    adapterId: null,
    adapterHasJob: false,
    isListing: false,
    salaryCount: 0,
    skillCount: 0,
    sectionKinds: [],
    ...extra,
  };
}

describe('detectPosting', () => {
  it.each([
    ['a posting with sections', F.POSTING_WITH_SECTIONS, 'has a requirements section'],
    ['a "who is hiring" thread post', F.HIRING_THREAD_POST, 'starts with a job header line'],
    [
      'a posting whose company blurb mentions funding',
      F.POSTING_WITH_FUNDING_BLURB,
      'has a requirements section',
    ],
  ])('detects %s', (_, text, reason) => {
    const v = detectPosting(input(text));
    expect(v.isPosting).toBe(true);
    expect(v.confidence).toBeGreaterThanOrEqual(POSTING_THRESHOLD);
    expect(v.reasons.join(' | ')).toContain(reason);
  });

  it.each([
    ['a careers page listing many jobs', F.CAREERS_LISTING, 'looks like a list of'],
    ['a salary survey', F.SALARY_SURVEY, 'salary survey'],
    ['funding news that mentions hiring', F.FUNDING_NEWS, 'funding news'],
    ['a résumé', F.RESUME_TEXT, 'résumé'],
    ['a tech blog post', F.TECH_BLOG, 'nothing on the page'],
    ['a salary estimate page', F.SALARY_ESTIMATE_PAGE, 'salary survey'],
    ['short funding news', F.SHORT_FUNDING_NEWS, 'funding news'],
    ['a résumé with numeric dates', F.RESUME_NUMERIC_DATES, 'résumé'],
    ['an empty page', '', 'nothing on the page'],
  ])('rejects %s', (_, text, reason) => {
    const v = detectPosting(input(text));
    expect(v.isPosting).toBe(false);
    expect(v.confidence).toBeLessThan(POSTING_THRESHOLD);
    expect(v.reasons.join(' | ')).toContain(reason);
  });

  it('trusts schema.org JobPosting even with little text', () => {
    const v = detectPosting(input('Short blurb.', { hasJobPostingJsonLd: true }));
    expect(v).toMatchObject({ isPosting: true });
    expect(v.confidence).toBeGreaterThan(0.85);
    expect(v.reasons[0]).toBe('schema.org JobPosting found');
  });

  it('trusts a site adapter that found one job', () => {
    const v = detectPosting(
      input('Short blurb.', { adapterId: 'greenhouse', adapterHasJob: true }),
    );
    expect(v.isPosting).toBe(true);
    expect(v.reasons[0]).toContain('greenhouse job page');
  });

  it('a job site address alone is not enough', () => {
    expect(detectPosting(input('Loading…', { adapterId: 'workday' })).isPosting).toBe(false);
  });

  it('a listing flag beats JSON-LD (a search page with many postings)', () => {
    const v = detectPosting(
      input(F.CAREERS_LISTING, { hasJobPostingJsonLd: true, isListing: true }),
    );
    expect(v.isPosting).toBe(false);
    expect(v.reasons.join(' | ')).toContain('lists many jobs');
  });

  it('uses the pipeline counts and section kinds', () => {
    const bare = 'Pastry Chef\nMake croissants every morning at our bakery.';
    const before = detectPosting(input(bare));
    const after = detectPosting(
      input(bare, {
        title: 'Pastry Chef',
        salaryCount: 1,
        skillCount: 4,
        sectionKinds: ['requirements', 'responsibilities'],
      }),
    );
    expect(before.isPosting).toBe(false);
    expect(after.isPosting).toBe(true);
    expect(after.confidence).toBeGreaterThan(before.confidence);
    expect(after.reasons).toContain('states a salary');
  });

  it('gives confidence in 0..1 and at most eight reasons', () => {
    for (const text of [F.POSTING_WITH_SECTIONS, F.RESUME_TEXT, '']) {
      const v = detectPosting(
        input(text, {
          hasJobPostingJsonLd: true,
          adapterId: 'x',
          adapterHasJob: true,
          salaryCount: 3,
          skillCount: 9,
        }),
      );
      expect(v.confidence).toBeGreaterThanOrEqual(0);
      expect(v.confidence).toBeLessThanOrEqual(1);
      expect(v.reasons.length).toBeLessThanOrEqual(8);
    }
  });

  it('never throws on bad input', () => {
    const bad = { ...input(''), text: 42 } as unknown as DetectInput;
    expect(detectPosting(bad).isPosting).toBe(false);
  });

  it.each([
    ['repeated headings', 'Requirements\n'.repeat(80_000)],
    ['one long line of digits and dashes', '2019 - '.repeat(150_000)],
    ['pipes', ' | '.repeat(300_000)],
    ['title-like words', 'Senior Staff Principal '.repeat(45_000)],
    ['at signs', `${'a'.repeat(500_000)}@${'b'.repeat(500_000)}`],
  ])('stays fast on 1 MB of %s', (_, text) => {
    const start = performance.now();
    detectPosting(input(text, { title: text.slice(0, 200) }));
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('detectPosting on the seed postings (plain text, no structure)', () => {
  const dir = new URL('../../seeds/', import.meta.url);
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('finds the seeds', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it.each(seeds)('%s is a posting', (name) => {
    const text = normalizeText(readFileSync(new URL(name, dir), 'utf8'));
    const v = detectPosting(input(text, { title: titleFromText(text) }));
    expect(v.isPosting, v.reasons.join(' | ')).toBe(true);
  });
});
