import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { personio } from './personio.ts';

const FIXTURE = readFileSync(
  new URL('../../e2e/fixtures/sites/personio-posting.html', import.meta.url),
  'utf8',
);
const URL_JOB = 'https://lindgruen.jobs.personio.de/job/1482213?language=en';

const read = (html: string, url = URL_JOB) =>
  personio.extract(parseHtmlLinkedom(html), new URL(url), linkedomEnv);

describe('personio.extract', () => {
  it('reads the title, the subtitle line, the company and the description sections', () => {
    const f = read(FIXTURE);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: '1482213',
      title: 'Backend Developer Kotlin (m/f/d)',
      company: 'Lindgrün Software GmbH',
      locations: ['Leipzig'],
      employmentType: 'full_time',
    });
    expect(f.descriptionText).toMatch(/^About us\nLindgrün builds/);
    expect(f.descriptionText).toContain('Your tasks\n• Design and build services in Kotlin');
  });

  it('leaves the application form out, whatever it asks about pay', () => {
    expect(read(FIXTURE).descriptionText).not.toContain('Salary expectations');
    const whole = `<main class="job-details"><h1>Gardener</h1>
      <div class="job-description"><p>Keep the beds weeded.</p>
      <form><label>Gehaltsvorstellung (z. B. 40.000 €)</label><input name="salary"></form></div></main>`;
    expect(read(whole).descriptionText).toBe('Keep the beds weeded.');
  });

  it('the whole parse: the pay stated in the text, not the form field', () => {
    const p = parseDocument(parseHtmlLinkedom(FIXTURE), URL_JOB, linkedomEnv);
    expect(p.isPosting).toBe(true);
    expect(p.company).toBe('Lindgrün Software GmbH');
    expect(p.salary).toHaveLength(1);
    expect(p.salary[0]).toMatchObject({ min: 62000, max: 74000, currency: 'EUR', period: 'year' });
  });

  it('reads a subtitle with the office alone, or none', () => {
    const html = (sub: string) =>
      `<h1 data-test-id="job-title">Baker</h1><p data-test-id="job-subtitle">${sub}</p>
      <div data-test-id="job-description"><p>Bake rye bread.</p></div>`;
    expect(read(html('Werkstudent, Teilzeit · Köln, Bonn'))).toMatchObject({
      employmentType: 'internship',
      locations: ['Köln, Bonn'],
    });
    expect(read(html('Full-time'))).toMatchObject({ employmentType: 'full_time', locations: [] });
  });
});
