import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { teamtailor } from './teamtailor.ts';

const FIXTURE = readFileSync(
  new URL('../../e2e/fixtures/sites/teamtailor-posting.html', import.meta.url),
  'utf8',
);
const URL_JOB = 'https://fjallhus.teamtailor.com/jobs/3301234-product-designer';

const read = (html: string, url = URL_JOB) =>
  teamtailor.extract(parseHtmlLinkedom(html), new URL(url), linkedomEnv);

describe('teamtailor.extract', () => {
  it("reads the job's title, company, workplace and body", () => {
    const f = read(FIXTURE);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: '3301234',
      title: 'Product Designer',
      company: 'Fjällhus Design',
      workplace: 'hybrid',
    });
    expect(f.descriptionText).toMatch(/^Fjällhus Design draws flat-pack cabins/);
    expect(f.descriptionText).toContain('What you will do\n• Design the cabin configurator');
  });

  it("leaves out the site's sections about the company and its other jobs", () => {
    const text = read(FIXTURE).descriptionText ?? '';
    expect(text).not.toContain('Founded in 2014');
    expect(text).not.toContain('Other job');
  });

  it('the whole parse: the monthly pay in the body, in kronor', () => {
    const p = parseDocument(parseHtmlLinkedom(FIXTURE), URL_JOB, linkedomEnv);
    expect(p.isPosting).toBe(true);
    expect(p.title).toBe('Product Designer');
    expect(p.salary).toHaveLength(1);
    expect(p.salary[0]).toMatchObject({ min: 46000, max: 54000, currency: 'SEK', period: 'month' });
  });

  it('reads the workplace from whichever fact names one, in any order', () => {
    const html = `<main><h1>Welder</h1><div class="prose"><p>Weld frames.</p></div>
      <dl><dt>Avdelning</dt><dd>Verkstad</dd><dt>Distansarbete</dt><dd>Fully remote</dd></dl></main>`;
    expect(read(html).workplace).toBe('remote');
    expect(
      read('<main><h1>Welder</h1><div class="prose"><p>Weld.</p></div></main>').workplace,
    ).toBe(null);
  });
});
