import { describe, expect, it } from 'vitest';
import { globMatches } from '../text/glob.ts';
import { matchesBySite } from './site-matches.ts';
import { hostName, onHosts } from './site-url.ts';
import { CONTENT_SCRIPT_MATCHES, SITE_URLS, siteForUrl } from './site-urls.ts';
import { URL_EXAMPLES } from './url-examples.ts';

const anyGlobMatches = (globs: readonly string[], href: string): boolean =>
  globs.some((g) => globMatches(g, href));

// As the browser applies globs: to the canonical URL (host lower-cased, default path added).
const href = (raw: string) => new URL(raw).href;
const examples = Object.values(URL_EXAMPLES).flatMap((e) => [...e.match, ...e.noMatch]);

// Boards, searches and lists with no job open: the stub's pages, not the engine's.
const QUIET = [
  'https://job-boards.greenhouse.io/acme',
  'https://boards.greenhouse.io/acme/jobs',
  'https://www.indeed.com/jobs?q=rust+developer&l=Remote',
  'https://www.indeed.com/q-welder-jobs.html',
  'https://www.linkedin.com/jobs/search/?keywords=rust',
  'https://www.linkedin.com/jobs/',
  'https://jobs.lever.co/acme',
  'https://jobs.lever.co/acme-north-logistics',
  'https://jobs.ashbyhq.com/acme',
  'https://acme.wd5.myworkdayjobs.com/en-US/careers',
  'https://jobs.smartrecruiters.com/Acme',
  'https://apply.workable.com/acme/',
  'https://www.seek.com.au/rust-jobs',
  'https://careers-acme.icims.com/',
  // Job boards (issue 21)
  'https://www.glassdoor.com/Job/austin-data-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,20.htm',
  'https://www.glassdoor.co.uk/Job/index.htm',
  'https://www.ziprecruiter.com/jobs-search?search=forklift&location=Dayton%2C+OH',
  'https://www.ziprecruiter.com/jobs/acme-logistics-1a2b3c4d',
  'https://www.dice.com/jobs?q=python&location=Remote',
  'https://wellfound.com/jobs',
  'https://wellfound.com/company/quiet-labs/jobs',
  'https://builtin.com/jobs/remote/dev-engineering',
  // issue 21, second batch
  'https://www.stepstone.de/jobs/elektroniker/in-hamburg',
  'https://www.totaljobs.com/jobs/warehouse/in-leeds',
  'https://lindgruen.jobs.personio.de/?language=en',
  'https://fjallhus.teamtailor.com/jobs',
  'https://molenaar.recruitee.com/',
  'https://prairiewind.bamboohr.com/careers',
];

describe('each site’s job globs, held to its URL module', () => {
  it.each(examples)('%s: a job URL is inside its site’s globs', (raw) => {
    const site = siteForUrl(new URL(raw));
    if (site) expect(anyGlobMatches(site.jobGlobs, href(raw))).toBe(true);
  });

  it.each(QUIET)('%s: no job open, outside its site’s globs (the stub’s page)', (raw) => {
    const url = new URL(raw);
    const site = SITE_URLS.find((s) => onHosts(hostName(url), s.hosts));
    expect(site).toBeDefined();
    expect(siteForUrl(url)).toBeNull();
    expect(anyGlobMatches(site?.jobGlobs ?? [], href(raw))).toBe(false);
  });

  it('every site has globs, none so loose that it takes every page', () => {
    for (const site of SITE_URLS) {
      expect(site.jobGlobs.length).toBeGreaterThan(0);
      for (const g of site.jobGlobs) {
        expect(g).not.toMatch(/^\*+$/);
        // No '?', and well under Chrome's 16 nested wildcards (past them it matches nothing).
        expect(g).not.toContain('?');
        expect(g.split('*').length - 1).toBeLessThanOrEqual(6);
      }
    }
  });
});

describe('matchesBySite', () => {
  it('splits every content-script pattern to exactly one site', () => {
    const split = matchesBySite().flatMap((s) => s.matches);
    expect(split.sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
  });

  it('gives each site its own globs', () => {
    for (const { site, jobGlobs } of matchesBySite()) expect(jobGlobs).toBe(site.jobGlobs);
    expect(matchesBySite().map((s) => s.site.id)).toEqual(SITE_URLS.map((s) => s.id));
  });
});
