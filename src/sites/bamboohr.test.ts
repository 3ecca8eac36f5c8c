import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument, readDocument } from '../parse/parse-document.ts';
import { bamboohr } from './bamboohr.ts';
import { jobKey } from './job-identity.ts';

const FIXTURE = readFileSync(
  new URL('../../e2e/fixtures/sites/bamboohr-posting.html', import.meta.url),
  'utf8',
);
const URL_JOB = 'https://prairiewind.bamboohr.com/careers/57';

const read = (html: string, url = URL_JOB) =>
  bamboohr.extract(parseHtmlLinkedom(html), new URL(url), linkedomEnv);

const OLDER = `<div class="ResAts__page"><div class="ResAts__card">
  <h2>Seed Cleaner Operator</h2>
  <span class="ResAts__card-subtitle">Production · Salina, Kansas</span></div>
  <ul class="posInfoList">
    <li class="posInfo"><div class="posInfo__Title">Employment Type</div><div class="posInfo__Value">Part-Time</div></li>
    <li class="posInfo"><div class="posInfo__Title">Compensation</div><div class="posInfo__Value">$19 - $22 per hour</div></li>
  </ul>
  <div class="col-xs-12 BambooRichText"><p>Run the seed cleaning line.</p>
  <dl><dt>Pay day</dt><dd>Every 2 weeks</dd></dl></div></div>`;

describe('bamboohr.extract', () => {
  it("reads the opening's title, text, employment type and compensation", () => {
    const f = read(FIXTURE);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: 'prairiewind_57',
      title: 'Field Service Technician',
      employmentType: 'full_time',
      salaryBlocks: [{ text: '$27.50 - $34.00 per hour', location: null }],
    });
    expect(f.descriptionText).toMatch(/^Prairie Wind Services maintains wind turbines/);
    expect(f.descriptionText).toContain('What you bring\n• Two years of industrial');
    expect(f.descriptionText).not.toContain('Minimum Experience');
  });

  it('the whole parse: hourly pay from the compensation row, the place from JSON-LD', () => {
    const p = parseDocument(parseHtmlLinkedom(FIXTURE), URL_JOB, linkedomEnv);
    expect(p.isPosting).toBe(true);
    expect(p.company).toBe('Prairie Wind Services');
    expect(p.salary).toHaveLength(1);
    expect(p.salary[0]).toMatchObject({ min: 27.5, max: 34, currency: 'USD', period: 'hour' });
  });

  it('reads the older /jobs/view.php page', () => {
    const f = read(OLDER, 'https://seedco.bamboohr.com/jobs/view.php?id=12&source=indeed');
    expect(f).toMatchObject({
      jobId: 'seedco_12',
      title: 'Seed Cleaner Operator',
      locations: ['Salina, Kansas'],
      employmentType: 'part_time',
      salaryBlocks: [{ text: '$19 - $22 per hour', location: null }],
      descriptionText: 'Run the seed cleaning line.\nPay day\nEvery 2 weeks',
    });
  });

  it('reports a job URL whose opening has not rendered yet as pending, with no title', () => {
    const f = read('<div id="js-careers-root"></div>');
    expect(f.title).toBeNull();
    expect(f.pending).toBe(true);
    expect(f.reasons).toEqual(['BambooHR job URL; the opening has not rendered yet']);
    expect(read(FIXTURE).pending).toBeUndefined();
  });

  it('the whole read: a shell with a summary is pending, the rendered page is not', () => {
    const shell = `<html><head><meta property="og:description" content="Keep turbines turning.">
      </head><body><div id="js-careers-root"></div></body></html>`;
    expect(readDocument(parseHtmlLinkedom(shell), URL_JOB, linkedomEnv).pending).toBe(true);
    expect(readDocument(parseHtmlLinkedom(FIXTURE), URL_JOB, linkedomEnv).pending).toBe(false);
  });

  it("keeps two companies' openings with the same number apart", () => {
    expect(jobKey('https://prairiewind.bamboohr.com/careers/12', null, null)).toBe(
      'bamboohr:prairiewind_12',
    );
    expect(jobKey('https://seedco.bamboohr.com/jobs/view.php?id=12', null, null)).toBe(
      'bamboohr:seedco_12',
    );
  });
});
