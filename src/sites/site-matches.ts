import type { SiteUrl } from './site-url.ts';
import { CONTENT_SCRIPT_MATCHES, SITE_URLS } from './site-urls.ts';

/** One site's share of the manifest: its content-script patterns and its job-URL globs. */
export interface SiteMatches {
  site: SiteUrl;
  matches: string[];
  jobGlobs: readonly string[];
}

const patternHost = (pattern: string): string => pattern.replace(/^[^:]+:\/\/([^/]+)\/.*$/, '$1');

/**
 * CONTENT_SCRIPT_MATCHES split by site (a pattern's host is one of the site's hosts), so the
 * manifest can give each site's job URLs (jobGlobs), and only those, the stub that loads the
 * engine at once. Build time only.
 */
export function matchesBySite(): SiteMatches[] {
  return SITE_URLS.map((site) => ({
    site,
    matches: CONTENT_SCRIPT_MATCHES.filter((p) => site.hosts.includes(patternHost(p))),
    jobGlobs: site.jobGlobs,
  })).filter((s) => s.matches.length > 0);
}
