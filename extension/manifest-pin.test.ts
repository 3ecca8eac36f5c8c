import { describe, expect, it } from 'vitest';
import { buildManifest, originPatterns, type TargetBrowser } from './manifest.config.ts';

// The reviewed security surface of the manifest. Each entry is justified in
// docs/permissions.md; a change here must come with a change there, reviewed.
const CAREER_SITES = [
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://boards.eu.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.linkedin.com/jobs/*',
  '*://*.linkedin.com/comm/jobs/*',
  // Indeed's job pages only, not its career advice, salaries or reviews.
  '*://*.indeed.com/viewjob*',
  '*://*.indeed.com/m/*',
  '*://*.indeed.com/rc/*',
  '*://*.indeed.com/jobs*',
  '*://*.indeed.com/q-*',
  '*://*.indeed.com/cmp/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://*.workable.com/*',
  '*://*.seek.com.au/*',
  '*://*.seek.co.nz/*',
  '*://*.jobstreet.com/*',
  '*://*.jobsdb.com/*',
  // In frames too (all_frames): iCIMS jobs are framed by the company's careers page.
  '*://*.icims.com/*',
  // Job boards (issue 21): Glassdoor and its country sites whole (the search routes in place
  // and its path is translated); ZipRecruiter, Dice, Wellfound and Built In on their job paths.
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.glassdoor.ie/*',
  '*://*.glassdoor.ca/*',
  '*://*.glassdoor.com.au/*',
  '*://*.glassdoor.co.nz/*',
  '*://*.glassdoor.co.in/*',
  '*://*.glassdoor.sg/*',
  '*://*.glassdoor.com.hk/*',
  '*://*.glassdoor.de/*',
  '*://*.glassdoor.at/*',
  '*://*.glassdoor.ch/*',
  '*://*.glassdoor.fr/*',
  '*://*.glassdoor.be/*',
  '*://*.glassdoor.nl/*',
  '*://*.glassdoor.es/*',
  '*://*.glassdoor.it/*',
  '*://*.glassdoor.com.br/*',
  '*://*.glassdoor.com.mx/*',
  '*://*.glassdoor.com.ar/*',
  '*://*.ziprecruiter.com/c/*',
  '*://*.ziprecruiter.com/jobs*',
  '*://*.ziprecruiter.com/candidate/*',
  '*://*.ziprecruiter.co.uk/c/*',
  '*://*.ziprecruiter.co.uk/jobs*',
  '*://*.ziprecruiter.co.uk/candidate/*',
  '*://*.dice.com/job-detail/*',
  '*://*.dice.com/jobs*',
  '*://*.wellfound.com/jobs*',
  '*://*.wellfound.com/company/*',
  '*://*.builtin.com/job/*',
  // Career sites, second batch (issue 21): StepStone and its UK boards, Personio, Teamtailor,
  // Recruitee whole; BambooHR on its career paths.
  '*://*.stepstone.de/*',
  '*://*.stepstone.at/*',
  '*://*.stepstone.be/*',
  '*://*.stepstone.nl/*',
  '*://*.totaljobs.com/*',
  '*://*.cwjobs.co.uk/*',
  '*://*.caterer.com/*',
  '*://*.jobs.personio.de/*',
  '*://*.jobs.personio.com/*',
  '*://*.teamtailor.com/*',
  '*://*.recruitee.com/*',
  // BambooHR's career pages only (the origin is granted whole: docs/permissions.md)
  '*://*.bamboohr.com/careers*',
  '*://*.bamboohr.com/jobs/*',
];

const PINNED = {
  permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  // The career sites' origins, for the background only: their tabs' URLs, reading their job
  // pages in the page's world, injecting the engine. No other origin.
  host_permissions: originPatterns(CAREER_SITES),
  optional_permissions: undefined,
  externally_connectable: undefined,
  // A load runs a content script only in iCIMS frames; the background reads the other sites.
  content_scripts_matches: ['*://*.icims.com/*'],
  content_scripts_all_frames: ['*://*.icims.com/*'],
  web_accessible_resources: ['panel.html', 'content/engine.js'],
  csp: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; frame-src 'self'",
};

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
};

describe.each<TargetBrowser>(['chrome', 'firefox'])('%s manifest security surface', (target) => {
  const m = buildManifest(target) as unknown as Manifest;

  it('asks for exactly the reviewed permissions', () => {
    expect(m.permissions).toEqual(PINNED.permissions);
    expect(m.optional_host_permissions).toEqual(PINNED.optional_host_permissions);
    const sorted = (xs: unknown) => [...(xs as string[])].sort();
    expect(sorted(m.host_permissions)).toEqual(sorted(PINNED.host_permissions));
    // Whole origins of named hosts, never every site.
    for (const p of m.host_permissions as string[])
      expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    expect(m.optional_permissions).toBe(PINNED.optional_permissions);
    expect(m.externally_connectable).toBe(PINNED.externally_connectable);
  });

  it('runs the manifest content script only in the reviewed frame site', () => {
    const set = (xs: string[] = []) => [...new Set(xs)].sort();
    expect(set(m.content_scripts?.flatMap((c) => c.matches))).toEqual(
      set(PINNED.content_scripts_matches),
    );
    expect(
      set(m.content_scripts?.filter((c) => c.all_frames === true).flatMap((c) => c.matches)),
    ).toEqual(PINNED.content_scripts_all_frames);
  });

  it("exposes only the panel page and the content script's engine to web pages", () => {
    expect(m.web_accessible_resources?.flatMap((w) => w.resources)).toEqual(
      PINNED.web_accessible_resources,
    );
    for (const w of m.web_accessible_resources ?? []) {
      expect(w.matches).not.toContain('<all_urls>');
      expect(w.matches.every((p) => !p.startsWith('*://*/'))).toBe(true);
    }
  });

  it('keeps the strict CSP: no remote code, no connections', () => {
    expect(m.content_security_policy?.extension_pages).toBe(PINNED.csp);
  });
});

it('Firefox declares that no data is collected', () => {
  const m = buildManifest('firefox') as unknown as {
    browser_specific_settings: { gecko: { data_collection_permissions: unknown; id: string } };
  };
  expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({
    required: ['none'],
  });
  expect(m.browser_specific_settings.gecko.id).toBe('joblens@joblens.local');
});
