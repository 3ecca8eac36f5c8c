/**
 * One job site's job URLs, without its page reader: all the always-loaded content script
 * needs to tell a job page from the rest of the site. The site adapter (site-adapter.ts) is
 * built on the same function, so the two cannot disagree.
 */
export interface SiteUrl {
  id: string;
  /** The ATS job id from the URL, or null: the URL is not one job's page. Cheap. */
  jobIdFromUrl(url: URL): string | null;
}

/** Host equals `domain` or is a subdomain of it ("au.linkedin.com" for "linkedin.com"). */
export function hostIs(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

export function isWebUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** Path segments, decoded where possible, without empty ones. */
export function pathParts(url: URL): string[] {
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
