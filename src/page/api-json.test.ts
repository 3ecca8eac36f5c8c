import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fieldsFromApiJson } from './api-json.ts';
import { locationFromSalaryDescription } from './api-lever.ts';

function parseHtml(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
const env = { parseHtml };

const escapeHtml = (html: string) =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const GH_CONTENT = [
  '<h2>About the team</h2><p>We keep the lighthouses of the internet lit.</p>',
  '<h3>What you bring</h3><ul><li>Rust</li><li>Patience with storms</li></ul>',
  '<div class="content-pay-transparency">',
  '<div class="pay-input"><div class="description"><p>Pay depends on zone.</p></div>',
  '<div class="title">Zone A Salary Range</div><div class="pay-range"><span>$140,000</span><span class="divider">&mdash;</span><span>$160,000 USD</span></div></div>',
  '<div class="pay-input"><div class="title">Zone B Salary Range</div><div class="pay-range"><span>$120,000</span><span class="divider">&mdash;</span><span>$138,000 USD</span></div></div>',
  '</div><p>We are an equal opportunity employer.</p>',
].join('');

const greenhouseJob = {
  id: 5550001,
  internal_job_id: 99,
  title: 'Lighthouse Keeper (Backend)',
  company_name: 'Beacon Works',
  absolute_url: 'https://job-boards.greenhouse.io/beacon/jobs/5550001',
  location: { name: 'Remote - US' },
  content: escapeHtml(GH_CONTENT),
  pay_input_ranges: [
    { min_cents: 14000000, max_cents: 16000000, currency_type: 'USD', title: 'Zone A' },
  ],
};

const leverPosting = {
  id: '11111111-2222-4333-8444-555555555555',
  text: 'Mobile Engineer II',
  categories: {
    location: 'Denver, Colorado',
    commitment: 'Full-time',
    team: 'Apps',
    allLocations: ['Denver, Colorado', 'Remote'],
  },
  workplaceType: 'hybrid',
  descriptionPlain: 'Our app helps people find lost umbrellas.\n\nYou will own the Android client.',
  description: '<div>ignored when the plain text is there</div>',
  lists: [
    { text: 'What you will do', content: '<li>Ship features weekly</li><li>Review code</li>' },
    { text: 'Requirements', content: '<li>Kotlin</li><li>3+ years building apps</li>' },
  ],
  additionalPlain: 'We offer a commuter stipend of $150 per month.',
  salaryRange: { min: 130000, max: 150000, currency: 'USD', interval: 'per-year-salary' },
  salaryDescriptionPlain:
    'The range shown is for a position based in Denver, Colorado and may differ elsewhere.',
  hostedUrl: 'https://jobs.lever.co/umbrella/11111111-2222-4333-8444-555555555555',
};

const ashbyJob = {
  id: 'aaaa1111-bbbb-4ccc-8ddd-eeeeffff0000',
  title: 'Growth Analyst',
  location: 'Toronto',
  secondaryLocations: [{ location: 'Montreal' }],
  employmentType: 'FullTime',
  workplaceType: 'Hybrid',
  isRemote: false,
  descriptionHtml:
    '<p>Measure everything.</p><p><strong>You have</strong></p><ul><li>SQL</li></ul>',
  jobUrl: 'https://jobs.ashbyhq.com/maple/aaaa1111-bbbb-4ccc-8ddd-eeeeffff0000',
  compensation: {
    compensationTierSummary: 'CA$90K – CA$110K • Offers Equity',
    summaryComponents: [
      {
        compensationType: 'Salary',
        interval: '1 YEAR',
        currencyCode: 'CAD',
        minValue: 90000,
        maxValue: 110000,
      },
      { compensationType: 'EquityPercentage', interval: 'NONE', minValue: 0.01, maxValue: 0.05 },
    ],
  },
};

describe('fieldsFromApiJson', () => {
  it('reads a Greenhouse job-board API job with escaped content and tiered pay', () => {
    const { kind, fields } = fieldsFromApiJson(greenhouseJob, env);
    expect(kind).toBe('greenhouse');
    expect(fields).toMatchObject({
      source: 'api',
      title: 'Lighthouse Keeper (Backend)',
      company: 'Beacon Works',
      jobId: '5550001',
      locations: ['Remote - US'],
      salaryBlocks: [
        { text: 'Zone A Salary Range\n$140,000—$160,000 USD', location: 'Zone A' },
        { text: 'Zone B Salary Range\n$120,000—$138,000 USD', location: 'Zone B' },
      ],
      structuredSalary: [{ min: 140000, max: 160000, currency: 'USD', location: 'Zone A' }],
    });
    expect(fields?.descriptionText).toContain('What you bring\n• Rust\n• Patience with storms');
    // The pay box is reported as blocks, not repeated in the prose.
    expect(fields?.descriptionText).not.toContain('$140,000');
    expect(fields?.descriptionText).toContain('equal opportunity');
  });

  it('reads a Lever postings-API object, list titles kept as headings', () => {
    const { kind, fields } = fieldsFromApiJson(leverPosting, env);
    expect(kind).toBe('lever');
    expect(fields).toMatchObject({
      source: 'api',
      title: 'Mobile Engineer II',
      jobId: '11111111-2222-4333-8444-555555555555',
      locations: ['Denver, Colorado', 'Remote'],
      employmentType: 'full_time',
      workplace: 'hybrid',
      structuredSalary: [
        {
          min: 130000,
          max: 150000,
          currency: 'USD',
          unit: 'per-year-salary',
          location: 'Denver, Colorado',
        },
      ],
    });
    const text = fields?.descriptionText ?? '';
    expect(text).toContain('What you will do\n• Ship features weekly\n• Review code');
    expect(text).toContain('Requirements\n• Kotlin');
    expect(text).toContain('commuter stipend');
    expect(text).not.toContain('ignored when');
  });

  it('reads an Ashby job-board API job, salary only from Salary components', () => {
    const { kind, fields } = fieldsFromApiJson(ashbyJob, env);
    expect(kind).toBe('ashby');
    expect(fields).toMatchObject({
      title: 'Growth Analyst',
      locations: ['Toronto', 'Montreal'],
      employmentType: 'full_time',
      workplace: 'hybrid',
      descriptionText: 'Measure everything.\nYou have\n• SQL',
      structuredSalary: [
        { min: 90000, max: 110000, currency: 'CAD', unit: '1 YEAR', location: null },
      ],
    });
  });

  it('labels Ashby tiers by their titles when there are several', () => {
    const job = {
      ...ashbyJob,
      compensation: {
        compensationTiers: [
          {
            title: 'Tier 1',
            components: [
              {
                compensationType: 'Salary',
                currencyCode: 'USD',
                minValue: 1,
                maxValue: 2,
                interval: '1 YEAR',
              },
            ],
          },
          {
            title: 'Tier 2',
            components: [
              {
                compensationType: 'Salary',
                currencyCode: 'USD',
                minValue: 3,
                maxValue: 4,
                interval: '1 YEAR',
              },
            ],
          },
        ],
      },
    };
    expect(fieldsFromApiJson(job, env).fields?.structuredSalary?.map((s) => s.location)).toEqual([
      'Tier 1',
      'Tier 2',
    ]);
  });

  it('reads a JSON-LD JobPosting', () => {
    const { kind, fields } = fieldsFromApiJson(
      { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Tide Watcher' },
      env,
    );
    expect(kind).toBe('json-ld');
    expect(fields).toMatchObject({ source: 'json-ld', title: 'Tide Watcher' });
  });

  it('recognises a JSON Resume and returns no fields', () => {
    const resume = {
      basics: { name: 'Ada Example', email: 'ada@example.org' },
      work: [{ name: 'Acme', position: 'Engineer' }],
      skills: [{ name: 'Go' }],
    };
    expect(fieldsFromApiJson(resume, env)).toEqual({ kind: 'resume', fields: null });
  });

  it.each([null, 7, 'text', [], [1, 2], { hello: 'world' }, { title: 'No body' }])(
    'calls %j unknown',
    (value) => {
      expect(fieldsFromApiJson(value, env)).toEqual({ kind: 'unknown', fields: null });
    },
  );
});

describe('locationFromSalaryDescription', () => {
  it.each([
    ['This range is for a position based in New York City. It may change.', 'New York City'],
    ['Pay for candidates located in the San Francisco Bay Area differs.', 'San Francisco Bay Area'],
    ['Factors such as experience may influence pay.', null],
    [null, null],
  ])('%s -> %s', (text, expected) => {
    expect(locationFromSalaryDescription(text)).toBe(expected);
  });
});
