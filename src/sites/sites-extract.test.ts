import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ashby } from './ashby.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { SITE_ADAPTERS } from './registry.ts';
import { seek } from './seek.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import { URL_EXAMPLES } from './url-examples.ts';
import { workable } from './workable.ts';
import { workday } from './workday.ts';

function parseHtml(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
const env = { parseHtml };
const page = (body: string, head = '') =>
  parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

const LEVER = page(
  `<div class="main-header-logo"><img alt="Parcel Post logo"></div>
  <div class="posting-page"><div class="posting-headline"><h2>Route Planner</h2>
  <div class="posting-categories"><div class="posting-category location">Leeds, UK</div>
  <div class="posting-category commitment">Part-time</div><div class="posting-category workplaceTypes">On-site</div></div></div>
  <div class="section-wrapper page-full-width">
    <div class="section page-centered" data-qa="job-description"><p>Plan the routes vans take.</p></div>
    <div class="section page-centered"><h3>You bring</h3><ul class="posting-requirements plain-list"><li>Maps</li></ul></div>
    <div class="section page-centered" data-qa="salary-range"><h4>Pay</h4><div>£28,000 - £32,000 per year</div></div>
  </div></div>`,
  '<title>Parcel Post - Route Planner</title>',
);

const WORKDAY = page(`<div data-automation-id="job-posting-details">
  <h2 data-automation-id="jobPostingHeader">Reservoir Engineer</h2>
  <div data-automation-id="locations"><dl><dt>locations</dt><dd>Calgary, AB</dd><dd>Remote, Canada</dd></dl></div>
  <div data-automation-id="time"><dl><dt>time type</dt><dd>Full time</dd></dl></div>
  <div data-automation-id="requisitionId"><dl><dt>job requisition id</dt><dd>JR-7781</dd></dl></div>
  <div data-automation-id="jobPostingDescription"><p>Model the reservoirs.</p><ul><li>Petrel</li></ul></div></div>`);

const ASHBY_DATA = {
  organization: { name: 'Quiet Labs' },
  posting: {
    id: '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
    title: 'Acoustics Researcher',
    locationName: 'Berlin',
    employmentType: 'FullTime',
    workplaceType: 'OnSite',
    descriptionHtml:
      '<p>Make rooms quieter. Braces like } and { in text must not break parsing.</p>',
    compensationTierSummary: '€70K – €85K',
    summaryComponents: [
      {
        compensationType: 'Salary',
        interval: '1 YEAR',
        currencyCode: 'EUR',
        minValue: 70000,
        maxValue: 85000,
      },
    ],
  },
};
const ASHBY = page(
  `<div id="root"></div><script>window.__appData = ${JSON.stringify(ASHBY_DATA)};\nwindow.other = 1;</script>`,
);

const INDEED =
  page(`<div class="jobsearch-LeftPane"><div class="job_seen_beacon"><h2>Other job</h2><div>$99 an hour</div></div></div>
  <div id="jobsearch-ViewjobPaneWrapper">
  <h2 data-testid="jobsearch-JobInfoHeader-title"><span>Night Baker<span> - job post</span></span></h2>
  <div data-testid="inlineHeader-companyName"><a>Crust Bakery</a></div>
  <div data-testid="inlineHeader-companyLocation"><div>Portland, OR 97201</div></div>
  <div id="salaryInfoAndJobType"><span>$21 - $24 an hour</span><span> - Part-time</span></div>
  <div id="jobDescriptionText"><p>Bake bread at night.</p><ul><li>Early mornings</li></ul></div></div>`);

const SMARTR = page(`<main><h1 class="job-title" itemprop="title">Ferry Captain</h1>
  <div itemprop="hiringOrganization"><meta itemprop="name" content="Harbour Lines"></div>
  <spl-job-location>Halifax, NS, Canada</spl-job-location>
  <div class="job-sections"><section id="st-jobDescription" itemprop="description"><h2>Job Description</h2><p>Steer the ferry.</p></section>
  <section id="st-qualifications" itemprop="qualifications"><h2>Qualifications</h2><ul><li>Master mariner licence</li></ul></section></div></main>`);

const WORKABLE =
  page(`<main><h1 data-ui="job-title">Beekeeper</h1><span data-ui="job-location">Ghent, Belgium</span>
  <span data-ui="job-type">Full time</span><span data-ui="job-workplace">Hybrid</span>
  <section data-ui="job-description"><h2>Description</h2><p>Tend hives.</p></section>
  <section data-ui="job-requirements"><h2>Requirements</h2><ul><li>No bee allergy</li></ul></section></main>`);

const ICIMS = page(`<div class="iCIMS_JobsTable"><h1 class="iCIMS_Header">Lab Technician</h1>
  <div class="iCIMS_JobHeaderGroup"><dl><dt class="iCIMS_JobHeaderField">Job Locations</dt><dd class="iCIMS_JobHeaderData">US-MA-Boston</dd></dl></div>
  <div class="iCIMS_JobContent"><div class="iCIMS_InfoMsg iCIMS_InfoMsg_Job"><h2>Overview</h2><p>Run assays.</p></div></div></div>`);

const SEEK =
  page(`<div data-automation="searchResults"><article data-automation="normalJob"><h3>Other job</h3><span data-automation="jobSalary">$150k</span></article></div>
  <div data-automation="splitViewDetails"><h1 data-automation="job-detail-title">Wool Classer</h1>
  <span data-automation="advertiser-name">Merino Holdings</span><span data-automation="job-detail-location">Dubbo NSW</span>
  <span data-automation="job-detail-work-type">Casual/Vacation</span><span data-automation="job-detail-salary">$38 – $42 per hour</span>
  <div data-automation="jobAdDetails"><p>Grade fleeces in the shearing shed.</p></div></div>`);

describe('site extraction', () => {
  it.each([
    [
      'lever',
      lever,
      LEVER,
      'https://jobs.lever.co/parcel/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
      {
        title: 'Route Planner',
        company: 'Parcel Post',
        locations: ['Leeds, UK'],
        employmentType: 'part_time',
        workplace: 'onsite',
        descriptionText: 'Plan the routes vans take.\n\nYou bring\n• Maps',
        salaryBlocks: [{ text: 'Pay\n£28,000 - £32,000 per year', location: null }],
      },
    ],
    [
      'workday',
      workday,
      WORKDAY,
      'https://oil.wd3.myworkdayjobs.com/en-US/Ext/job/Calgary/Reservoir-Engineer_JR-7781',
      {
        title: 'Reservoir Engineer',
        jobId: 'JR-7781',
        locations: ['Calgary, AB', 'Remote, Canada'],
        employmentType: 'full_time',
        descriptionText: 'Model the reservoirs.\n• Petrel',
      },
    ],
    [
      'ashby',
      ashby,
      ASHBY,
      'https://jobs.ashbyhq.com/quiet/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
      {
        title: 'Acoustics Researcher',
        company: 'Quiet Labs',
        locations: ['Berlin'],
        employmentType: 'full_time',
        workplace: 'onsite',
        jobId: '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
        descriptionText: 'Make rooms quieter. Braces like } and { in text must not break parsing.',
        structuredSalary: [
          { min: 70000, max: 85000, currency: 'EUR', unit: '1 YEAR', location: null },
        ],
      },
    ],
    [
      'indeed',
      indeed,
      INDEED,
      'https://www.indeed.com/jobs?q=baker&vjk=1a2b3c4d5e6f7a8b',
      {
        title: 'Night Baker',
        company: 'Crust Bakery',
        locations: ['Portland, OR 97201'],
        jobId: '1a2b3c4d5e6f7a8b',
        employmentType: 'part_time',
        descriptionText: 'Bake bread at night.\n• Early mornings',
        salaryBlocks: [{ text: '$21 - $24 an hour - Part-time', location: null }],
      },
    ],
    [
      'smartrecruiters',
      smartrecruiters,
      SMARTR,
      'https://jobs.smartrecruiters.com/Harbour/743999912345678-ferry-captain',
      {
        title: 'Ferry Captain',
        company: 'Harbour Lines',
        locations: ['Halifax, NS, Canada'],
        jobId: '743999912345678',
        descriptionText:
          'Job Description\nSteer the ferry.\n\nQualifications\n• Master mariner licence',
      },
    ],
    [
      'workable',
      workable,
      WORKABLE,
      'https://apply.workable.com/hive/j/AB12CD34EF/',
      {
        title: 'Beekeeper',
        locations: ['Ghent, Belgium'],
        employmentType: 'full_time',
        workplace: 'hybrid',
        jobId: 'AB12CD34EF',
        descriptionText: 'Description\nTend hives.\n\nRequirements\n• No bee allergy',
      },
    ],
    [
      'icims',
      icims,
      ICIMS,
      'https://careers-lab.icims.com/jobs/4321/lab-technician/job?in_iframe=1',
      {
        title: 'Lab Technician',
        locations: ['US-MA-Boston'],
        jobId: '4321',
        descriptionText: 'Overview\nRun assays.',
      },
    ],
    [
      'seek',
      seek,
      SEEK,
      'https://www.seek.com.au/farm-jobs?jobId=81234567',
      {
        title: 'Wool Classer',
        company: 'Merino Holdings',
        locations: ['Dubbo NSW'],
        jobId: '81234567',
        descriptionText: 'Grade fleeces in the shearing shed.',
        salaryBlocks: [{ text: '$38 – $42 per hour', location: null }],
      },
    ],
  ] as const)('%s reads its job page', (_, adapter, doc, url, expected) => {
    const f = adapter.extract(doc, new URL(url), env);
    expect(f.source).toBe('adapter');
    expect(f).toMatchObject(expected);
    expect(JSON.stringify(f)).not.toContain('Other job');
  });

  it('ashby falls back to the page when there is no app data', () => {
    const doc = page(
      '<h1 class="ashby-job-posting-heading _title_1">Sound Tester</h1><div class="_descriptionText_abc"><p>Listen.</p></div>',
    );
    const f = ashby.extract(
      doc,
      new URL('https://jobs.ashbyhq.com/quiet/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d'),
      env,
    );
    expect(f).toMatchObject({ title: 'Sound Tester', descriptionText: 'Listen.' });
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))(
    '%s never throws and gives no title on an empty page',
    (_, adapter) => {
      const url = new URL(URL_EXAMPLES[adapter.id]?.match[0] as string);
      for (const doc of [
        parseHTML('').document as unknown as Document,
        page('<p>Nothing here</p>'),
      ]) {
        const f = adapter.extract(doc, url, env);
        expect(f.source).toBe('adapter');
        expect(f.title ?? null).toBeNull();
      }
    },
  );
});
