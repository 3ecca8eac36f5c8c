/**
 * One job site's job URLs, without its page reader: all the always-loaded content script
 * needs to tell a job page from the rest of the site. The site adapter (site-adapter.ts) is
 * built on the same function, so the two cannot disagree.
 */
export interface SiteUrl {
  id: string;
  /**
   * The hosts its job URLs are on, as match-pattern hosts: "jobs.lever.co", or "*.indeed.com"
   * for the domain and its subdomains. siteForUrl asks a site only on these, so a page pays
   * for one site's test, not all of them; they are also the hosts the manifest gives the
   * content script (a test holds the two together).
   */
  hosts: readonly string[];
  /** A query parameter that names one of its jobs on ANY host (Greenhouse's gh_jid). */
  anyHostParam?: string;
  /** The ATS job id from the URL, or null: the URL is not one job's page. Cheap. */
  jobIdFromUrl(url: UrlParts): string | null;
  /**
   * Globs that every job URL of the site matches, loosely: a manifest `include_globs`. On the
   * site's pages they match, the manifest injects the whole content script; on the rest of
   * its pages (a board, a search with no job open) only a stub that waits for an in-page
   * route. `*` only, and few: Chrome's `?` also matches nothing (Firefox's exactly one
   * character), and Chrome gives up on a URL (no match) past 16 nested wildcards. Case counts.
   * A test holds them to jobIdFromUrl.
   */
  jobGlobs: readonly string[];
}

/**
 * The parts of a URL the tests read: a URL, or the page's own `location` (the content script
 * passes that, so a page that is not a posting never builds a URL object).
 */
export type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

/** Host equals `domain` or is a subdomain of it ("au.linkedin.com" for "linkedin.com"). */
export function hostIs(url: UrlParts, domain: string): boolean {
  const host = hostName(url);
  return host === domain || host.endsWith(`.${domain}`);
}

/** Lower case, without the trailing dot of a fully qualified name ("indeed.com."). */
export function hostName(url: UrlParts): string {
  const host = url.hostname.toLowerCase();
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** `host` (as hostName gives it) is one of `hosts` (SiteUrl.hosts). Plain string tests. */
export function onHosts(host: string, hosts: readonly string[]): boolean {
  for (const h of hosts) {
    if (h.startsWith('*.')) {
      const base = h.slice(2);
      if (host === base || (host.endsWith(base) && host[host.length - base.length - 1] === '.'))
        return true;
    } else if (host === h) return true;
  }
  return false;
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
