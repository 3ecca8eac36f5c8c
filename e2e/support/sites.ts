import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from './paths.ts';

/** One fixture page served under a real career-site URL. */
export interface SitePage {
  url: string;
  /** A fixture file in e2e/fixtures, or the page's HTML itself. */
  file?: string;
  html?: string;
  /** Extra script run by the page (the probe test injects one). */
  inject?: string;
}

/** Where each fixture lives "in the wild": content-script match patterns apply as they would there. */
export const PAGES = {
  greenhouse: {
    url: 'https://boards.greenhouse.io/northwind/jobs/4012345',
    file: 'greenhouse-posting.html',
  },
  greenhouseAgain: {
    url: 'https://boards.greenhouse.io/northwind/jobs/4012345?gh_src=newsletter',
    file: 'greenhouse-posting.html',
  },
  // Newer boards put the pay box in a column beside the description.
  greenhousePayBeside: {
    url: 'https://job-boards.greenhouse.io/tidewater/jobs/7004400123',
    file: 'greenhouse-pay-beside.html',
  },
  greenhouseIndex: { url: 'https://boards.greenhouse.io/northwind', file: 'careers-index.html' },
  lever: {
    url: 'https://jobs.lever.co/brightpath/8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d',
    file: 'lever-posting.html',
  },
  workday: {
    url: 'https://contoso.wd5.myworkdayjobs.com/en-US/External/job/Denver-CO/Site-Reliability-Engineer_R-20417',
    file: 'workday-posting.html',
  },
  // The same job with a JSON-LD summary in the HTML at load, as live Workday pages serve it.
  workdayJsonLd: {
    url: 'https://contoso.wd5.myworkdayjobs.com/en-US/External/job/Denver-CO/Site-Reliability-Engineer_R-20418',
    file: 'workday-jsonld-shell.html',
  },
  ashby: {
    url: 'https://jobs.ashbyhq.com/lumenworks/3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c',
    file: 'ashby-posting.html',
  },
  // JSON-LD's one range beside the app data's two location tiers.
  ashbyTiers: {
    url: 'https://jobs.ashbyhq.com/kestrelgrid/7b1d2c3e-4f50-4a61-9b72-8c93d0e1f2a3',
    file: 'ashby-tiers.html',
  },
  linkedin: {
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=engineer',
    file: 'linkedin-search.html',
  },
  linkedinSearch: {
    url: 'https://www.linkedin.com/jobs/search/?keywords=engineer',
    file: 'linkedin-search.html',
  },
  company: {
    url: 'https://careers.acme-widgets.example/openings/backend-developer',
    file: 'company-jsonld.html',
  },
  probe: {
    url: 'https://boards.greenhouse.io/northwind/jobs/4012399',
    file: 'greenhouse-posting.html',
    inject: 'probe.js',
  },
  // A search with one job open in the side pane, every card with its own pay.
  indeedSearch: {
    url: 'https://www.indeed.com/jobs?q=analyst&l=Portland%2C+OR&vjk=1a2b3c4d5e6f7a8b',
    file: 'sites/indeed-search.html',
  },
  // Job boards (issue 21): src/sites/job-board-pages.test.ts parses the same files under these URLs.
  glassdoor: {
    url: 'https://www.glassdoor.com/job-listing/hydrologist-riverbend-water-cooperative-JV_IC1145910_KO0,11_KE12,39.htm?jl=1009345678901',
    file: 'sites/glassdoor-posting.html',
  },
  ziprecruiter: {
    url: 'https://www.ziprecruiter.com/c/Larkspur-Bakehouse/Job/Pastry-Cook/-in-Dayton,OH?jid=5c2f9a7d1e3b4c6a',
    file: 'sites/ziprecruiter-posting.html',
  },
  dice: {
    url: 'https://www.dice.com/job-detail/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8',
    file: 'sites/dice-posting.html',
  },
  wellfound: {
    url: 'https://wellfound.com/jobs/3012345-founding-backend-engineer',
    file: 'sites/wellfound-posting.html',
  },
  builtin: {
    url: 'https://builtin.com/job/staff-data-engineer/3456789',
    file: 'sites/builtin-posting.html',
  },
  // issue 21, second batch: fixture pages modelled on each site's markup, invented content
  stepstone: {
    url: 'https://www.stepstone.de/stellenangebote--Betriebselektroniker-m-w-d-Hamburg-Kessel-Sohn-Anlagenbau-GmbH--12345678-inline.html',
    file: 'sites/stepstone-posting.html',
  },
  personio: {
    url: 'https://lindgruen.jobs.personio.de/job/1482213?language=en',
    file: 'sites/personio-posting.html',
  },
  teamtailor: {
    url: 'https://fjallhus.teamtailor.com/jobs/3301234-product-designer',
    file: 'sites/teamtailor-posting.html',
  },
  recruitee: {
    url: 'https://molenaar.recruitee.com/o/customer-support-specialist-dutch-speaking',
    file: 'sites/recruitee-posting.html',
  },
  bamboohr: {
    url: 'https://prairiewind.bamboohr.com/careers/57',
    file: 'sites/bamboohr-posting.html',
  },
} satisfies Record<string, SitePage>;

export type PageName = keyof typeof PAGES;

/** The page's HTML, with the injected script (if any) inlined before </body>. */
export function pageHtml(page: SitePage): string {
  const html = page.html ?? readFileSync(resolve(FIXTURES, page.file ?? ''), 'utf8');
  if (!page.inject) return html;
  const script = readFileSync(resolve(FIXTURES, page.inject), 'utf8');
  return html.replace('</body>', `<script>\n${script}\n</script>\n</body>`);
}

/** URL without the fragment: what a request for the page is keyed by. */
export function requestKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

export function servedPages(extra: SitePage[] = []): Map<string, SitePage> {
  const map = new Map<string, SitePage>();
  for (const p of [...Object.values(PAGES), ...extra]) map.set(requestKey(p.url), p);
  return map;
}
