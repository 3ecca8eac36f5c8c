import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES, SITE_URLS } from '../src/sites/site-urls.ts';
import { originPatterns } from './manifest.config.ts';

describe('originPatterns', () => {
  it('widens path patterns to their origin and dedupes', () => {
    expect(
      originPatterns([
        '*://*.linkedin.com/jobs/*',
        '*://*.linkedin.com/comm/jobs/*',
        '*://jobs.lever.co/*',
      ]),
    ).toEqual(['*://*.linkedin.com/*', '*://jobs.lever.co/*']);
  });
});

describe('the content script hosts and the sites’ hosts', () => {
  it('are the same: web-accessible origins = every site’s SiteUrl.hosts', () => {
    const fromSites = SITE_URLS.flatMap((s) => s.hosts.map((h) => `*://${h}/*`));
    expect([...new Set(fromSites)].sort()).toEqual(originPatterns(CONTENT_SCRIPT_MATCHES).sort());
  });
});
