import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { builtin } from './builtin.ts';
import { dice } from './dice.ts';
import { glassdoor } from './glassdoor.ts';
import { wellfound } from './wellfound.ts';
import { ziprecruiter } from './ziprecruiter.ts';

const env = { parseHtml: parseHtmlLinkedom };
const page = (body: string) =>
  parseHtmlLinkedom(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);

describe('Glassdoor', () => {
  const SEARCH =
    'https://www.glassdoor.co.uk/Job/leeds-baker-jobs-SRCH_IL.0,5_IC2671300_KO6,11.htm?jl=1009876543210';
  const card = (title: string, pay: string) =>
    `<li data-test="jobListing" class="JobsList_jobListItem__x"><a data-test="job-title">${title}</a><div data-test="detailSalary">${pay}</div><div data-test="descSnippet">Bake things.</div></li>`;
  const pane = (pay: string) => `<div class="JobDetails_jobDetailsContainer__a">
    <div class="EmployerProfile_employerNameHeading__b"><h4>Crumb &amp; Co 4.2 ★</h4></div>
    <h1 id="jd-job-title-1009876543210">Night Baker</h1><div data-test="location">Leeds</div>
    <div data-test="detailSalary">${pay}</div>
    <div class="JobDetails_jobDescription__c"><p>Bake sourdough overnight.</p></div></div>`;

  it('reads the open pane of a search, never a result card', () => {
    const doc = page(
      `<ul>${card('Head Baker', '£40K - £48K (Employer provided)')}</ul>${pane('£24K - £27K (Employer provided)')}`,
    );
    const f = glassdoor.extract(doc, new URL(SEARCH), env);
    expect(f).toMatchObject({
      jobId: '1009876543210',
      title: 'Night Baker',
      company: 'Crumb & Co',
      locations: ['Leeds'],
      descriptionText: 'Bake sourdough overnight.',
      salaryBlocks: [{ text: '£24K - £27K (Employer provided)', location: null }],
    });
  });

  it("takes Glassdoor's own estimate for no pay at all", () => {
    const doc = page(pane('£22K - £26K (Glassdoor est.)'));
    expect(glassdoor.extract(doc, new URL(SEARCH), env).salaryBlocks).toBeUndefined();
  });

  it('reads the label beside the pay range in its section', () => {
    const section = (label: string) =>
      `<h1>Baker</h1><div class="JobDetails_jobDescription__c"><p>Bake.</p></div>
      <div class="SalaryEstimate_salaryEstimateContainer__a"><div class="SalaryEstimate_salaryRange__b">£25K - £29K /yr</div>
      <div class="SalaryEstimate_payType__c">${label}</div></div>`;
    const pay = (label: string) =>
      glassdoor.extract(page(section(label)), new URL(SEARCH), env).salaryBlocks ?? [];
    expect(pay('Employer provided')).toEqual([{ text: '£25K - £29K /yr', location: null }]);
    expect(pay('Glassdoor est.')).toEqual([]);
  });

  it('keeps a number that is part of the name', () => {
    const doc = page(
      '<div class="EmployerProfile_employerName__x">Studio 54</div><div id="JobDescriptionContainer"><p>Pour drinks.</p></div><h1>Bartender</h1>',
    );
    expect(glassdoor.extract(doc, new URL(SEARCH), env).company).toBe('Studio 54');
  });
});

describe('ZipRecruiter', () => {
  it('reads the job open in the search pane (lk=), not the result cards', () => {
    const doc =
      page(`<article id="job-card-1" class="job_result"><h2 class="job_title">Line Cook</h2>
      <div class="t_compensation">$30 to $34 per hour</div></article>
      <div data-testid="job-details-scroll-container"><h1 class="job_title">Prep Cook</h1>
      <a class="hiring_company_text">Fennel Kitchen</a><span class="hiring_location">Akron, OH</span>
      <ul class="job_characteristics"><li class="job_characteristics_data">Part-time</li></ul>
      <div class="t_compensation">$16 to $18 per hour</div>
      <div class="job_description"><p>Chop vegetables.</p></div></div>`);
    const url = 'https://www.ziprecruiter.com/jobs-search?search=cook&lk=AbC123-xyz_789';
    expect(ziprecruiter.extract(doc, new URL(url), env)).toMatchObject({
      jobId: 'AbC123-xyz_789',
      title: 'Prep Cook',
      company: 'Fennel Kitchen',
      locations: ['Akron, OH'],
      employmentType: 'part_time',
      salaryBlocks: [{ text: '$16 to $18 per hour', location: null }],
      descriptionText: 'Chop vegetables.',
    });
  });
});

describe('Dice', () => {
  it('reads the chips: pay, contract, remote; the similar jobs give nothing', () => {
    const doc =
      page(`<h1 data-cy="jobTitle">Data Modeler</h1><a data-cy="companyNameLink">Orchard Systems</a>
      <div data-cy="locationDetails"><span id="location:Hybrid in Omaha, NE">Hybrid in Omaha, NE</span></div>
      <div data-cy="payDetails"><span id="payChip:$55 - $60/hr">$55 - $60/hr</span></div>
      <span id="employmentDetailChip:Contract - Corp To Corp">Contract - Corp To Corp</span>
      <div data-testid="jobDescriptionHtml"><p>Model the warehouse.</p></div>
      <div data-testid="job-card"><span id="payChip:$90/hr">$90/hr</span><span id="employmentDetailChip:Full-time">Full-time</span></div>`);
    const url = 'https://www.dice.com/job-detail/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8';
    expect(dice.extract(doc, new URL(url), env)).toMatchObject({
      title: 'Data Modeler',
      company: 'Orchard Systems',
      employmentType: 'contract',
      workplace: 'hybrid',
      salaryBlocks: [{ text: '$55 - $60/hr', location: null }],
    });
  });
});

describe('Wellfound', () => {
  it('reads pay with its equity beside it as one box, and the company link', () => {
    const doc = page(`<a href="/company/kiln-works">Kiln Works</a><h1>Firmware Engineer</h1>
      <div class="styles_compensation__a">$110k – $130k • 0.5% – 1.0%</div>
      <span class="styles_jobType__b">Full Time</span>
      <div class="styles_description__c"><p>Write firmware for kilns.</p></div>`);
    const url = 'https://wellfound.com/company/kiln-works/jobs/3012345-firmware-engineer';
    expect(wellfound.extract(doc, new URL(url), env)).toMatchObject({
      jobId: '3012345',
      title: 'Firmware Engineer',
      company: 'Kiln Works',
      employmentType: 'full_time',
      salaryBlocks: [{ text: '$110k – $130k • 0.5% – 1.0%', location: null }],
    });
  });
});

describe('Built In', () => {
  it('reads the facts beside their icons; a similar job’s pay is not the posting’s', () => {
    const doc = page(`<h1>Growth Analyst</h1><a href="/company/sprout"><h2>Sprout Post</h2></a>
      <div><i class="fa-regular fa-location-dot"></i><span>Denver, CO</span></div>
      <div><i class="fa-regular fa-house-building"></i><span>In-Office</span></div>
      <div id="job-post-body"><p>Grow the list.</p></div>
      <div data-id="job-card"><div><i class="fa-regular fa-sack-dollar"></i><span>200K-220K Annually</span></div></div>`);
    const f = builtin.extract(doc, new URL('https://builtin.com/job/growth-analyst/998877'), env);
    expect(f).toMatchObject({
      jobId: '998877',
      title: 'Growth Analyst',
      company: 'Sprout Post',
      locations: ['Denver, CO'],
      workplace: 'onsite',
    });
    expect(f.salaryBlocks).toBeUndefined();
  });
});
