import { describe, expect, it } from 'vitest';
import { brandOfHost, splitPageTitle } from './page-title.ts';

describe('splitPageTitle', () => {
  it.each([
    [
      'Staff Plumber | Riverside Utilities | LinkedIn',
      'www.linkedin.com',
      'Staff Plumber',
      'Riverside Utilities',
    ],
    ['Night Nurse – Harbor Clinic – Indeed', 'ca.indeed.com', 'Night Nurse', 'Harbor Clinic'],
    [
      'Harbor Clinic hiring Night Nurse in Halifax, NS | LinkedIn',
      'www.linkedin.com',
      'Night Nurse',
      'Harbor Clinic',
    ],
    [
      'Job Application for Data Analyst at Quillfeather',
      'boards.greenhouse.io',
      'Data Analyst',
      'Quillfeather',
    ],
    ['Senior Engineer - Backend', 'jobs.example.com', 'Senior Engineer - Backend', null],
    ['Welder', null, 'Welder', null],
  ])('%s', (raw, host, title, company) => {
    expect(splitPageTitle(raw, [brandOfHost(host)])).toEqual({ title, company });
  });

  it("drops the page's own site name too", () => {
    expect(splitPageTitle('Baker | Crumb & Co | Careers Hub', ['careershub'])).toEqual({
      title: 'Baker',
      company: 'Crumb & Co',
    });
  });
});

describe('brandOfHost', () => {
  it.each([
    ['www.linkedin.com', 'linkedin'],
    ['uk.indeed.co.uk', 'indeed'],
    ['boards.greenhouse.io', 'greenhouse'],
    [null, null],
  ])('%s -> %s', (host, brand) => {
    expect(brandOfHost(host)).toBe(brand);
  });
});

describe('a page whose only title is its <title>', () => {
  it('gives the job title and the company, not "… | Company | LinkedIn"', async () => {
    const { parseInput } = await import('./parse-input.ts');
    const { linkedomEnv } = await import('../dom/linkedom-env.ts');
    const body = [
      'Responsibilities',
      'Repair and maintain the fleet of delivery vans; keep service records.',
      'Requirements',
      'Three years as a diesel mechanic. CDL Class A. Apply now for this full-time job.',
    ].join('</p><p>');
    const html = `<html><head><title>Fleet Mechanic | Lakeside Freight | LinkedIn</title>
      <meta property="og:site_name" content="LinkedIn"></head><body><main><p>${body}</p></main></body></html>`;
    const posting = parseInput(
      { kind: 'html', html, url: 'https://www.linkedin.com/jobs/view/123456/' },
      linkedomEnv,
    );
    expect(posting.title).toBe('Fleet Mechanic');
    expect(posting.company).toBe('Lakeside Freight');
  });
});
