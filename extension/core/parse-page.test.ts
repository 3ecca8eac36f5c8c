import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../../src/dom/linkedom-env.ts';
import { parseDocument } from '../../src/parse/parse-document.ts';
import { parsePageHtml } from './parse-page.ts';

const fixture = (dir: string, name: string) =>
  readFileSync(new URL(`../../${dir}/${name}`, import.meta.url), 'utf8');

const PAGES = [
  [
    'https://boards.greenhouse.io/northwind/jobs/4012345',
    fixture('e2e/fixtures', 'greenhouse-posting.html'),
  ],
  [
    'https://jobs.lever.co/brightpath/8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d',
    fixture('e2e/fixtures', 'lever-posting.html'),
  ],
  [
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Engineer_R-1',
    fixture('e2e/fixtures', 'workday-posting.html'),
  ],
  [
    'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
    fixture('e2e/fixtures', 'ashby-posting.html'),
  ],
  ['https://careers.example.org/jobs/42', fixture('e2e/fixtures', 'company-jsonld.html')],
  ['https://boards.greenhouse.io/northwind', fixture('e2e/fixtures', 'careers-index.html')],
  [
    'https://apply.workable.com/nordlicht-freight/j/7C2D9E41AB/',
    fixture('bench/fixtures', 'jsonld-posting.html'),
  ],
  [
    'https://www.weeklyledger.example/work/talk-about-pay',
    fixture('bench/fixtures', 'news-article.html'),
  ],
  // issue 21, second batch
  [
    'https://www.stepstone.de/stellenangebote--Betriebselektroniker-m-w-d-Hamburg-Kessel-Sohn-Anlagenbau-GmbH--12345678-inline.html',
    fixture('e2e/fixtures/sites', 'stepstone-posting.html'),
  ],
  [
    'https://lindgruen.jobs.personio.de/job/1482213?language=en',
    fixture('e2e/fixtures/sites', 'personio-posting.html'),
  ],
  [
    'https://fjallhus.teamtailor.com/jobs/3301234-product-designer',
    fixture('e2e/fixtures/sites', 'teamtailor-posting.html'),
  ],
  [
    'https://molenaar.recruitee.com/o/customer-support-specialist-dutch-speaking',
    fixture('e2e/fixtures/sites', 'recruitee-posting.html'),
  ],
  [
    'https://prairiewind.bamboohr.com/careers/57',
    fixture('e2e/fixtures/sites', 'bamboohr-posting.html'),
  ],
] as const;

describe('a page serialized by the content script, parsed by the background', () => {
  // The content script sends documentElement.outerHTML of the page's DOM; the seeds and the
  // browser tests check the same with a browser's own serializer.
  it.each(PAGES)('%s: the same posting as the CLI parse of the file', (url, html) => {
    const live = parseHtmlLinkedom(html);
    const sent = JSON.parse(JSON.stringify(live.documentElement.outerHTML)) as string;
    const whole = parseDocument(parseHtmlLinkedom(html), url, linkedomEnv);
    expect(parsePageHtml(url, sent, null).posting).toEqual(whole);
  });

  it('a page cut short is still read, with the reason', () => {
    const [url, html] = PAGES[0];
    const { key, posting } = parsePageHtml(url, html.slice(0, html.length - 200), 8_000_000);
    expect(posting.isPosting).toBe(true);
    expect(key).not.toBeNull();
    expect(posting.reasons.at(-1)).toMatch(/longer than 8,000,000 characters/);
  });
});
