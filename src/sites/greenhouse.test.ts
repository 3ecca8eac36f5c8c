import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { greenhouse } from './greenhouse.ts';

function parseHtml(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
const env = { parseHtml };

const PAY = `
<div class="content-pay-transparency">
  <div class="pay-input">
    <div class="description"><p>Ranges depend on where you live.</p></div>
    <div class="title">Colorado Salary Range</div>
    <div class="pay-range"><span>$98,000</span><span class="divider">&mdash;</span><span>$121,000 USD</span></div>
  </div>
  <div class="pay-input">
    <div class="title">New York Hourly Range</div>
    <div class="pay-range"><span>$55</span><span class="divider">&mdash;</span><span>$68 USD</span></div>
  </div>
</div>`;

const CLASSIC = `<!DOCTYPE html><html><head><title>Job Application for Kiln Operator at Ember Ceramics</title></head><body>
<div id="app_body">
  <div id="header">
    <h1 class="app-title">Kiln Operator</h1>
    <span class="company-name">at Ember Ceramics</span>
    <div class="location">Denver, CO</div>
  </div>
  <div id="content">
    <p>Ember makes mugs for people who drink too much tea.</p>
    <h3>What you'll do</h3>
    <ul><li>Fire the kilns</li><li>Log temperatures</li></ul>
    ${PAY}
    <p>Ember is an equal opportunity employer.</p>
  </div>
  <form id="application_form"><label>First Name *</label><input name="first_name"></form>
</div></body></html>`;

const JOB_BOARDS = `<!DOCTYPE html><html><head><title>Job Application for Glaze Chemist at Ember Ceramics</title></head><body>
<div class="job-post">
  <div class="job__header"><div class="job__title"><h1 class="section-header">Glaze Chemist</h1>
  <div class="job__location"><span>Remote, US</span></div></div></div>
  <div class="job__description body"><p>Mix glazes that do not crack.</p><ul><li>Chemistry degree</li></ul>${PAY}</div>
</div></body></html>`;

describe('greenhouse.extract', () => {
  it('reads the classic boards.greenhouse.io page', () => {
    const url = new URL('https://boards.greenhouse.io/ember/jobs/4455667');
    const f = greenhouse.extract(parseHtml(CLASSIC), url, env);
    expect(f).toMatchObject({
      source: 'adapter',
      jobId: '4455667',
      title: 'Kiln Operator',
      company: 'Ember Ceramics',
      locations: ['Denver, CO'],
    });
    expect(f.descriptionText).toContain("What you'll do\n• Fire the kilns\n• Log temperatures");
    expect(f.descriptionText).not.toContain('First Name');
  });

  it('reports one salary block per pay tier, labelled by the tier, kept out of the prose', () => {
    const f = greenhouse.extract(
      parseHtml(CLASSIC),
      new URL('https://boards.greenhouse.io/ember/jobs/4455667'),
      env,
    );
    expect(f.salaryBlocks).toEqual([
      { text: 'Colorado Salary Range\n$98,000—$121,000 USD', location: 'Colorado' },
      { text: 'New York Hourly Range\n$55—$68 USD', location: 'New York' },
    ]);
    expect(f.descriptionText).not.toContain('$98,000');
    expect(f.descriptionText).toContain('equal opportunity');
  });

  it('reads the job-boards.greenhouse.io layout', () => {
    const url = new URL('https://job-boards.greenhouse.io/ember/jobs/7001234002');
    const f = greenhouse.extract(parseHtml(JOB_BOARDS), url, env);
    expect(f).toMatchObject({
      jobId: '7001234002',
      title: 'Glaze Chemist',
      company: 'Ember Ceramics',
      locations: ['Remote, US'],
    });
    expect(f.descriptionText).toBe('Mix glazes that do not crack.\n• Chemistry degree');
    expect(f.salaryBlocks).toHaveLength(2);
  });

  it('reads a pay box that stands beside the description, not inside it', () => {
    const beside = `<!DOCTYPE html><html><head><title>Job Application for Glaze Chemist at Ember Ceramics</title></head><body>
      <div class="job__header"><h1 class="section-header">Glaze Chemist</h1></div>
      <div class="job__description body"><p>Mix glazes that do not crack.</p><ul><li>Chemistry degree</li></ul></div>
      <aside class="job__sidebar">${PAY}</aside></body></html>`;
    const url = new URL('https://job-boards.greenhouse.io/ember/jobs/7001234003');
    const f = greenhouse.extract(parseHtml(beside), url, env);
    expect(f.salaryBlocks).toEqual([
      { text: 'Colorado Salary Range\n$98,000—$121,000 USD', location: 'Colorado' },
      { text: 'New York Hourly Range\n$55—$68 USD', location: 'New York' },
    ]);
    expect(f.descriptionText).toBe('Mix glazes that do not crack.\n• Chemistry degree');
  });

  it('on a company site with ?gh_jid= and the job in a frame, reports only the job id', () => {
    const doc = parseHtml(
      '<html><body><h1>Careers at Ember</h1><iframe id="grnhse_iframe"></iframe></body></html>',
    );
    const f = greenhouse.extract(doc, new URL('https://ember.example/careers?gh_jid=4455667'), env);
    expect(f.jobId).toBe('4455667');
    expect(f.title).toBeUndefined();
    expect(f.descriptionText).toBeUndefined();
  });

  it('never throws on an empty document', () => {
    const empty = parseHTML('').document as unknown as Document;
    expect(() =>
      greenhouse.extract(empty, new URL('https://boards.greenhouse.io/x/jobs/12345'), env),
    ).not.toThrow();
  });
});
