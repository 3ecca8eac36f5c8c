/**
 * One job site's job URLs, without its page reader: all the always-loaded content script
 * needs to tell a job page from the rest of the site. The site adapter (site-adapter.ts) is
 * built on the same function, so the two cannot disagree.
 */
export interface SiteUrl {
  id: string;
  /** The ATS job id from the URL, or null: the URL is not one job's page. Cheap. */
  jobIdFromUrl(url: UrlParts): string | null;
}

/**
 * The parts of a URL the tests read: a URL, or the page's own `location` (the content script
 * passes that, so a page that is not a posting never builds a URL object).
 */
export type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

/** Host equals `domain` or is a subdomain of it ("au.linkedin.com" for "linkedin.com"). */
export function hostIs(url: UrlParts, domain: string): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

export function isWebUrl(url: UrlParts): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** Path segments, decoded where possible, without empty ones. */
export function pathParts(url: UrlParts): string[] {
  return url.pathname
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
}

/**
 * A query parameter's value, or ''. Looks at the query string first: most URLs carry none of
 * ours, and URLSearchParams builds an object (in the content script, its bindings too).
 */
export function param(url: UrlParts, key: string): string {
  if (!url.search.includes(`${key}=`)) return '';
  return new URLSearchParams(url.search).get(key) ?? '';
}
