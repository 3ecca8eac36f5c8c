import { hostIs, isWebUrl, param, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const DOMAINS = ['ziprecruiter.com', 'ziprecruiter.co.uk'];
/** A listing key (jid=, lk=, lvk=): letters, digits, "-" and "_". */
const KEY = /^[\w-]{6,80}$/;
/** "/jobs/acme-logistics-1a2b3c4d/forklift-driver-5e6f7a8b": the job's slug ends in its hash. */
const SLUG_HASH = /-([0-9a-f]{8})$/i;
/** Searches that open a job in their side pane by its listing key (lk=). */
const SEARCHES = new Set(['jobs-search', 'candidate/search']);

function key(url: UrlParts, name: string): string | null {
  const v = param(url, name);
  return KEY.test(v) ? v : null;
}

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !DOMAINS.some((d) => hostIs(url, d))) return null;
  const parts = pathParts(url);
  // /c/{Company}/Job/{Title}/-in-{Place}?jid={key}
  if (parts[0] === 'c' && parts[2] === 'Job' && parts.length >= 4) return key(url, 'jid');
  if (parts[0] === 'jobs') {
    // /jobs//j?lvk={key}
    if (parts[1] === 'j' && parts.length === 2) return key(url, 'lvk');
    // /jobs/{company-slug-hash}/{title-slug-hash}; /jobs/{company-slug-hash} is its job list
    if (parts.length === 3 && SLUG_HASH.test(parts[1] ?? '')) {
      return SLUG_HASH.exec(parts[2] ?? '')?.[1]?.toLowerCase() ?? null;
    }
    return null;
  }
  return SEARCHES.has(parts.join('/')) ? key(url, 'lk') : null;
}

export const ziprecruiterUrl: SiteUrl = {
  id: 'ziprecruiter',
  hosts: DOMAINS.map((d) => `*.${d}`),
  jobIdFromUrl,
  // jid=, lk= and lvk= ("*lk=*" takes both), and the two-part /jobs/ paths
  jobGlobs: ['*jid=*', '*lk=*', '*/jobs/*/*'],
};
