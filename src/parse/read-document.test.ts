import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { readDocument } from './parse-document.ts';

const URL_JOB = 'https://acme.wd1.myworkdayjobs.com/en-US/Careers/job/Leeds/Line-Cook_R-301';
const JSON_LD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
  "title":"Line Cook","description":"Acme Canteens is hiring a line cook in Leeds.",
  "hiringOrganization":{"@type":"Organization","name":"Acme Canteens"}}</script>`;

describe('readDocument: a site page still a shell is said to be pending', () => {
  it('a job site shell with only a JSON-LD summary: a posting, pending', () => {
    const doc = parseHtmlLinkedom(
      `<html><head>${JSON_LD}</head><body><div id="root">Loading…</div></body></html>`,
    );
    const read = readDocument(doc, URL_JOB, linkedomEnv);
    expect(read.posting.isPosting).toBe(true);
    expect(read.pending).toBe(true);
  });

  it('the same page once the job rendered: not pending', () => {
    const doc = parseHtmlLinkedom(`<html><head>${JSON_LD}</head><body>
      <div data-automation-id="job-posting-details"><h2 data-automation-id="jobPostingHeader">Line Cook</h2>
      <div data-automation-id="jobPostingDescription"><p>Cook lunches for four hundred people.</p>
      <p>Pay: £12.50 per hour.</p></div></div></body></html>`);
    const read = readDocument(doc, URL_JOB, linkedomEnv);
    expect(read.pending).toBe(false);
    expect(read.posting.salary[0]).toMatchObject({ min: 12.5, currency: 'GBP', period: 'hour' });
  });

  it('a page of no site adapter is never pending', () => {
    const doc = parseHtmlLinkedom(`<html><head>${JSON_LD}</head><body></body></html>`);
    expect(
      readDocument(doc, 'https://acme-canteens.example/jobs/line-cook', linkedomEnv).pending,
    ).toBe(false);
  });
});
