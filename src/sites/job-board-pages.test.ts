import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument } from '../parse/parse-document.ts';

// The browser tests serve these fixture pages under the same URLs (e2e/support/sites.ts).
const fixture = (name: string) =>
  readFileSync(new URL(`../../e2e/fixtures/sites/${name}`, import.meta.url), 'utf8');
const withoutJsonLd = (html: string) =>
  html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');

interface Expected {
  title: string;
  company: string;
  pay: [number, number, string, string];
  /** Another job's pay on the same page (a card): never this posting's. */
  cardPay: number;
  employmentType?: string;
  workplace?: string;
}

const PAGES: [string, string, string, Expected][] = [
  [
    'glassdoor',
    'glassdoor-posting.html',
    'https://www.glassdoor.com/job-listing/hydrologist-riverbend-water-cooperative-JV_IC1145910_KO0,11_KE12,39.htm?jl=1009345678901',
    {
      title: 'Hydrologist',
      company: 'Riverbend Water Cooperative',
      pay: [78000, 96000, 'USD', 'year'],
      cardPay: 120000,
    },
  ],
  [
    'ziprecruiter',
    'ziprecruiter-posting.html',
    'https://www.ziprecruiter.com/c/Larkspur-Bakehouse/Job/Pastry-Cook/-in-Dayton,OH?jid=5c2f9a7d1e3b4c6a',
    {
      title: 'Pastry Cook',
      company: 'Larkspur Bakehouse',
      pay: [19, 23, 'USD', 'hour'],
      cardPay: 26,
      employmentType: 'full_time',
      workplace: 'onsite',
    },
  ],
  [
    'dice',
    'dice-posting.html',
    'https://www.dice.com/job-detail/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8',
    {
      title: 'Site Reliability Engineer',
      company: 'Coldwater Analytics',
      pay: [68, 74, 'USD', 'hour'],
      cardPay: 150000,
      employmentType: 'contract',
      workplace: 'remote',
    },
  ],
  [
    'wellfound',
    'wellfound-posting.html',
    'https://wellfound.com/jobs/3012345-founding-backend-engineer',
    {
      title: 'Founding Backend Engineer',
      company: 'Tidewell Health',
      pay: [135000, 165000, 'USD', 'year'],
      cardPay: 210000,
      employmentType: 'full_time',
      workplace: 'remote',
    },
  ],
  [
    'builtin',
    'builtin-posting.html',
    'https://builtin.com/job/staff-data-engineer/3456789',
    {
      title: 'Staff Data Engineer',
      company: 'Lumen Ledger',
      pay: [165000, 195000, 'USD', 'year'],
      cardPay: 210000,
      workplace: 'hybrid',
    },
  ],
];

describe.each(PAGES)('%s fixture page', (site, file, url, expected) => {
  const html = fixture(file);

  it.each([
    ['with its JSON-LD', html],
    ['from its own markup alone (no JSON-LD)', withoutJsonLd(html)],
  ])('is read as one posting %s', (_, page) => {
    const p = parseDocument(parseHtmlLinkedom(page), url, linkedomEnv);
    expect(p).toMatchObject({ isPosting: true, site, title: expected.title });
    expect(p.company).toBe(expected.company);
    expect(p.salary.map((s) => [s.min, s.max, s.currency, s.period])).toEqual([expected.pay]);
    expect(p.salary.some((s) => s.min === expected.cardPay || s.max === expected.cardPay)).toBe(
      false,
    );
    if (expected.employmentType) expect(p.employmentType).toBe(expected.employmentType);
    if (expected.workplace) expect(p.workplace).toBe(expected.workplace);
    expect(p.skills.length).toBeGreaterThan(0);
    expect(JSON.stringify(p)).not.toContain("Other job's employer");
  });

  it('has its JSON-LD removed by the test (so the second case reads markup only)', () => {
    expect(html).toContain('application/ld+json');
    expect(withoutJsonLd(html)).not.toContain('application/ld+json');
  });
});
