import type { HtmlEnv } from '../page/html-text.ts';
import type { PageFields } from '../page/page-fields.ts';
import type { SiteUrl } from './site-url.ts';

export { hostIs, isWebUrl, pathParts } from './site-url.ts';

/**
 * One job site: how to recognise its job URLs (its SiteUrl, shared with the content script's
 * boot file) and read its job pages. URL examples live in url-examples.ts (tests only).
 */
export interface SiteAdapter extends SiteUrl {
  name: string;
  /** Cheap URL test: jobIdFromUrl(url) !== null. */
  matches(url: URL): boolean;
  /** Fields read from the page (source 'adapter'). Never throws. */
  extract(doc: Document, url: URL, env: HtmlEnv): PageFields;
}

/** The adapter fields that come from the site's URL module. */
export function urlPart(
  site: SiteUrl,
): Pick<SiteAdapter, 'id' | 'hosts' | 'anyHostParam' | 'jobIdFromUrl' | 'jobGlobs' | 'matches'> {
  return {
    id: site.id,
    hosts: site.hosts,
    ...(site.anyHostParam === undefined ? {} : { anyHostParam: site.anyHostParam }),
    jobIdFromUrl: site.jobIdFromUrl,
    jobGlobs: site.jobGlobs,
    matches: (url) => site.jobIdFromUrl(url) !== null,
  };
}
