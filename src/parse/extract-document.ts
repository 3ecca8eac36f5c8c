import { elementText, mainContent, skipping } from '../page/document-text.ts';
import { fieldsFromJobPosting, jobPostingsFromJsonLd } from '../page/json-ld.ts';
import type { PageFields } from '../page/page-fields.ts';
import { adapterFor } from '../sites/registry.ts';
import { MAX_DESCRIPTION_CHARS } from '../text/bound.ts';
import type { BuildInput } from './build-posting.ts';
import {
  companyFromDocument,
  type PageMeta,
  readPageMeta,
  safeUrl,
  titleFromDocument,
  urlFromDocument,
} from './document-meta.ts';
import type { ParseEnv } from './parse-env.ts';

// More JobPosting blocks than this on one page: a listing, not a posting.
const LISTING_JSON_LD_COUNT = 3;

/** The page's URL (given, else the document's canonical URL) and its meta tags. */
export function pageOrigin(
  doc: Document,
  url: string | null,
): { url: string | null; meta: PageMeta } {
  const meta = readPageMeta(doc, !url);
  return { url: url || urlFromDocument(doc, meta), meta };
}

/**
 * Everything the DOM says, as plain data: the input of buildPosting, which needs no DOM. The
 * content script sends it to the background, which builds the posting (extension/core). May
 * throw on a document it cannot read; parseDocument turns that into "not a posting".
 */
export function extractDocument(
  doc: Document,
  page: { url: string | null; meta: PageMeta },
  env: ParseEnv,
): BuildInput {
  const u = safeUrl(page.url);
  const adapter = u ? adapterFor(u) : null;
  const sources: PageFields[] = [];
  const ld = jobPostingsFromJsonLd(doc);
  if (ld[0]) sources.push(fieldsFromJobPosting(ld[0], env));
  if (ld.length >= LISTING_JSON_LD_COUNT) {
    sources.push({
      source: 'json-ld',
      isListing: true,
      reasons: [`${ld.length} job postings in one page`],
    });
  }
  if (adapter && u) sources.push(adapter.extract(doc, u, env));
  const hasDescription = sources.some((s) => (s.descriptionText ?? '').trim() !== '');
  // Walking the whole page is the expensive part: only when no source scoped it for us, and
  // only as far as the builder will read (twice that: normalizing shrinks the text).
  const main = hasDescription ? null : mainContent(doc);
  const fallbackText = main
    ? elementText(main.container, {
        skip: skipping(main),
        maxChars: 2 * MAX_DESCRIPTION_CHARS,
      })
    : '';
  return {
    url: page.url,
    sources,
    fallbackText,
    fallbackTitle: titleFromDocument(doc, page.meta),
    fallbackCompany: companyFromDocument(doc, page.meta),
    adapterId: adapter?.id ?? null,
    hasJobPostingJsonLd: ld.length > 0,
  };
}
