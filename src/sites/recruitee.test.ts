import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { jobKey } from './job-identity.ts';
import { recruitee } from './recruitee.ts';

const FIXTURE = readFileSync(
  new URL('../../e2e/fixtures/sites/recruitee-posting.html', import.meta.url),
  'utf8',
);
const URL_JOB = 'https://molenaar.recruitee.com/o/customer-support-specialist-dutch-speaking';

const read = (html: string, url = URL_JOB) =>
  recruitee.extract(parseHtmlLinkedom(html), new URL(url), linkedomEnv);

describe('recruitee.extract', () => {
  it("reads the offer's title, facts, company and its two text parts", () => {
    const f = read(FIXTURE);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: 'molenaar_customer-support-specialist-dutch-speaking',
      title: 'Customer Support Specialist (Dutch speaking)',
      company: 'Molenaar Fietsen',
      locations: ['Utrecht, Netherlands'],
      employmentType: 'full_time',
      workplace: 'hybrid',
    });
    expect(f.descriptionText).toMatch(/^Molenaar Fietsen sells cargo bikes/);
    expect(f.descriptionText).toContain('• Fluent in Dutch, good English');
  });

  it('takes no fact from a bullet of the text', () => {
    const html = `<main><h1>Courier</h1><div class="offer-description"><ul><li>Part-time</li>
      <li>Remote</li></ul><p>Deliver parcels.</p></div></main>`;
    expect(read(html)).toMatchObject({ employmentType: null, workplace: null });
  });

  it('the whole parse: the monthly pay in the text', () => {
    const p = parseDocument(parseHtmlLinkedom(FIXTURE), URL_JOB, linkedomEnv);
    expect(p.isPosting).toBe(true);
    expect(p.salary).toHaveLength(1);
    expect(p.salary[0]).toMatchObject({ min: 2900, max: 3400, currency: 'EUR', period: 'month' });
  });

  it('keeps the same slug on two companies apart', () => {
    const a = 'https://molenaar.recruitee.com/o/customer-support';
    const b = 'https://zeilmakerij.recruitee.com/l/nl/o/customer-support';
    expect(jobKey(a, null, null)).toBe('recruitee:molenaar_customer-support');
    expect(jobKey(b, null, null)).toBe('recruitee:zeilmakerij_customer-support');
  });
});
