import type { HtmlEnv } from '../page/html-text.ts';
import type { PageFields } from '../page/page-fields.ts';

/** One job site: how to recognise its job URLs and read its job pages. */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Cheap URL test; the content script calls it on every navigation. */
  matches(url: URL): boolean;
  /** URLs it must match and must not match; a test runs both ways. */
  examples: { match: string[]; noMatch: string[] };
  /** The ATS job id from the URL, or null. */
  jobIdFromUrl(url: URL): string | null;
  /** Fields read from the page (source 'adapter'). Never throws. */
  extract(doc: Document, url: URL, env: HtmlEnv): PageFields;
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
