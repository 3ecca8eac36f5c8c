import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { stepstone } from './stepstone.ts';

const FIXTURE = readFileSync(
  new URL('../../e2e/fixtures/sites/stepstone-posting.html', import.meta.url),
  'utf8',
);
const URL_DE =
  'https://www.stepstone.de/stellenangebote--Betriebselektroniker-m-w-d-Hamburg-Kessel-Sohn-Anlagenbau-GmbH--12345678-inline.html';

const read = (html: string, url: string) =>
  stepstone.extract(parseHtmlLinkedom(html), new URL(url), linkedomEnv);

describe('stepstone.extract', () => {
  it('reads the job ad: header fields, the pay line, the text sections', () => {
    const f = read(FIXTURE, URL_DE);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: '12345678',
      title: 'Betriebselektroniker (m/w/d)',
      company: 'Kessel & Sohn Anlagenbau GmbH',
      locations: ['Hamburg'],
      salaryBlocks: [{ text: '48.000 € – 56.000 € brutto/Jahr', location: null }],
    });
    expect(f.descriptionText).toContain('Ihre Aufgaben\n• Wartung und Instandsetzung');
    expect(f.descriptionText).toContain('Wir bieten\n• 30 Tage Urlaub');
  });

  it("leaves out the board's salary estimate, the company card and other jobs", () => {
    const text = read(FIXTURE, URL_DE).descriptionText ?? '';
    expect(text).not.toContain('41.000');
    expect(text).not.toContain('Mitarbeitende');
    expect(text).not.toContain('Other job');
    expect(text).not.toContain('Erschienen');
  });

  it('the whole parse: a posting with the header pay, not the estimate or a card', () => {
    const p = parseDocument(parseHtmlLinkedom(FIXTURE), URL_DE, linkedomEnv);
    expect(p.isPosting).toBe(true);
    expect(p.title).toBe('Betriebselektroniker (m/w/d)');
    expect(p.company).toBe('Kessel & Sohn Anlagenbau GmbH');
    expect(p.salary).toHaveLength(1);
    expect(p.salary[0]).toMatchObject({ min: 48000, max: 56000, currency: 'EUR', period: 'year' });
  });

  it('reads a pay line that is a figure, never one the board marks as its estimate', () => {
    const header = (pay: string) =>
      `<h1 data-at="header-job-title">Packer</h1><span data-at="metadata-salary">${pay}</span>
      <div data-at="job-ad-content"><p>Pack parcels for the night shift.</p></div>`;
    const url = 'https://www.totaljobs.com/job/packer/parcel-hub-ltd-job104000001';
    expect(read(header('£24,000 - £26,500 per annum'), url).salaryBlocks).toEqual([
      { text: '£24,000 - £26,500 per annum', location: null },
    ]);
    expect(read(header('Competitive'), url).salaryBlocks).toBeUndefined();
    expect(read(header('Estimated salary: £23,000 - £31,000'), url).salaryBlocks).toBeUndefined();
    expect(read(header('Gehalt anzeigen'), url).salaryBlocks).toBeUndefined();
    expect(
      read(header('Geschätztes Gehalt: 40.000 € – 50.000 €'), url).salaryBlocks,
    ).toBeUndefined();
  });

  it('reads a sister board laid out in text sections without the ad wrapper', () => {
    const html = `<h1 data-at="header-job-title">Night Porter</h1>
      <span data-at="metadata-company-name">The Copper Kettle</span>
      <span data-at="metadata-location">York</span>
      <span data-at="metadata-work-type">Full Time</span>
      <div data-at="section-text-jobDescription-content"><p>Look after guests overnight.</p></div>
      <div data-at="job-ad-salary"><div data-at="section-text-salary-content">£11 - £13 per hour</div></div>`;
    const f = read(html, 'https://www.caterer.com/job/night-porter/the-copper-kettle-job104998877');
    expect(f).toMatchObject({
      jobId: '104998877',
      title: 'Night Porter',
      company: 'The Copper Kettle',
      locations: ['York'],
      employmentType: 'full_time',
      descriptionText: 'Look after guests overnight.',
    });
  });

  it('gives no title without the ad (a page still loading, or not a job)', () => {
    const f = read('<h1>Jobs in Hamburg</h1>', 'https://www.stepstone.de/job/12345678');
    expect(f.title).toBeNull();
    expect(f.descriptionText).toBeNull();
  });
});
