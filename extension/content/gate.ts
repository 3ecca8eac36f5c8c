import type { UrlParts } from '../../src/sites/site-url.ts';
import { looksLikePostingCheap, siteForUrl } from '../core/page-check.ts';

const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 200_000;

function hasJobPostingLd(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_LD_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length <= MAX_LD_CHARS && text.includes('JobPosting')) return true;
  }
  return false;
}

/**
 * Is the page worth a full parse? A site's URL module recognises the URL as one job's page.
 * On a supported site (`matchedSite`) that is the whole test: its URL modules know every job
 * URL, so any other page there is an article, a list or the vendor's own site, and the DOM
 * is not touched at all (the content script's first DOM call alone costs a page about half a
 * millisecond: the document's bindings are built for our world). "Analyze this page" still
 * reads any page. (`url` may be the page's `location` and `doc` is asked for only when needed:
 * in our world even building a URL or reading `document` first builds their bindings.) Elsewhere (a site the user chose to run on) a schema.org JobPosting or job
 * words in the URL, title or first heading (looksLikePostingCheap) are enough.
 */
export function mayBePosting(
  doc: () => Document,
  url: UrlParts & { href: string },
  matchedSite: boolean,
): boolean {
  if (siteForUrl(url)) return true;
  if (matchedSite) return false;
  let parsed: URL;
  try {
    parsed = new URL(url.href);
  } catch {
    return false;
  }
  const d = doc();
  return hasJobPostingLd(d) || looksLikePostingCheap(d, parsed);
}
