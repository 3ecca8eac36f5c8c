import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linkedin } from './linkedin.ts';

function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
const env = { parseHtml };

const sidebarCard = (title: string, pay: string) => `
  <li><div class="base-card"><a class="base-card__full-link" href="#">${title}</a>
  <h3 class="base-aside-card__title">${title}</h3>
  <span class="main-job-card__salary-info">${pay}</span></div></li>`;

const GUEST = `<!DOCTYPE html><html><head><title>Rope Maker - Knot Co - LinkedIn</title></head><body>
<main class="main">
  <section class="core-rail">
    <section class="top-card-layout">
      <h1 class="top-card-layout__title topcard__title">Senior Rope Maker</h1>
      <h4 class="top-card-layout__second-subline">
        <span class="topcard__flavor"><a class="topcard__org-name-link" href="#">Knot Co</a></span>
        <span class="topcard__flavor topcard__flavor--bullet">Hobart, Tasmania, Australia</span>
      </h4>
    </section>
    <section class="description">
      <div class="show-more-less-html__markup">
        <p>We tie things together.</p><p><strong>Requirements</strong></p>
        <ul><li>5 years of knots</li><li>Sailing a plus</li></ul>
      </div>
      <ul class="description__job-criteria-list">
        <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Seniority level</h3><span class="description__job-criteria-text">Mid-Senior level</span></li>
        <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Employment type</h3><span class="description__job-criteria-text">Full-time</span></li>
      </ul>
    </section>
  </section>
  <section class="right-rail">
    <section class="aside-section-container people-also-viewed"><ul>
      ${sidebarCard('Chief Knot Officer', 'A$210,000.00 - A$250,000.00')}
    </ul></section>
    <section class="aside-section-container similar-jobs"><ul>
      ${sidebarCard('Net Mender', 'A$90,000.00 - A$110,000.00')}
    </ul></section>
  </section>
</main></body></html>`;

const LOGGED_IN_SEARCH = `<!DOCTYPE html><html><body>
<div class="scaffold-layout__list"><ul>
  <li class="jobs-search-results__list-item"><div class="job-card-container"><strong>Net Mender</strong>
  <div class="job-details-preferences-and-skills__pill">$150K/yr - $170K/yr</div></div></li>
</ul></div>
<div class="jobs-search__job-details--container">
  <h1 class="t-24 job-details-jobs-unified-top-card__job-title"><a href="#">Sail Rigger</a></h1>
  <div class="job-details-jobs-unified-top-card__company-name"><a href="#">Mast &amp; Co</a></div>
  <div class="job-details-jobs-unified-top-card__primary-description-container"><span class="tvm__text">Cape Town, South Africa</span><span class="tvm__text"> · 3 days ago</span></div>
  <div class="job-details-fit-level-preferences"><button><span>R600K/yr - R700K/yr</span></button><button><span>Hybrid</span></button></div>
  <div class="jobs-description__content"><div id="job-details"><p>Rig sails on tall ships.</p></div></div>
</div></body></html>`;

describe('linkedin.extract', () => {
  it('reads the guest job page and never the sidebars', () => {
    const url = new URL(
      'https://au.linkedin.com/jobs/view/senior-rope-maker-at-knot-co-4012345678',
    );
    const f = linkedin.extract(parseHtml(GUEST), url, env);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: '4012345678',
      title: 'Senior Rope Maker',
      company: 'Knot Co',
      locations: ['Hobart, Tasmania, Australia'],
      employmentType: 'full_time',
      descriptionText:
        'We tie things together.\nRequirements\n• 5 years of knots\n• Sailing a plus',
    });
    expect(f.salaryBlocks).toBeUndefined();
    expect(JSON.stringify(f)).not.toContain('210,000');
    expect(JSON.stringify(f)).not.toContain('Net Mender');
  });

  it('reads the job pane of a logged-in search page, not the result list', () => {
    const url = new URL(
      'https://www.linkedin.com/jobs/search/?currentJobId=3998765432&keywords=rigger',
    );
    const f = linkedin.extract(parseHtml(LOGGED_IN_SEARCH), url, env);
    expect(f).toMatchObject({
      jobId: '3998765432',
      title: 'Sail Rigger',
      company: 'Mast & Co',
      locations: ['Cape Town, South Africa'],
      workplace: 'hybrid',
      descriptionText: 'Rig sails on tall ships.',
      salaryBlocks: [{ text: 'R600K/yr - R700K/yr', location: null }],
    });
    expect(JSON.stringify(f)).not.toContain('150K');
  });

  it('reads the pay in the top card insight line of a two-pane search, not the cards', () => {
    const html = LOGGED_IN_SEARCH.replace(
      /<div class="job-details-fit-level-preferences">.*?<\/div>/,
      `<ul><li class="job-details-jobs-unified-top-card__job-insight"><span>R540K/yr - R610K/yr · Full-time · Associate</span></li>
       <li class="job-details-jobs-unified-top-card__job-insight"><span>201-500 employees · Shipbuilding</span></li></ul>`,
    );
    const url = new URL('https://www.linkedin.com/jobs/search/?currentJobId=3998765432');
    const f = linkedin.extract(parseHtml(html), url, env);
    expect(f.salaryBlocks?.map((b) => b.text)).toContain(
      'R540K/yr - R610K/yr · Full-time · Associate',
    );
    expect(JSON.stringify(f)).not.toContain('150K');
  });

  it('gives no title before the job pane has rendered', () => {
    const f = linkedin.extract(
      parseHtml('<html><body><div class="jobs-search-results-list"></div></body></html>'),
      new URL('https://www.linkedin.com/jobs/view/3912345678/'),
      env,
    );
    expect(f.title).toBeNull();
    expect(f.descriptionText).toBeNull();
  });
});
