import { elementText, mainContent, skipping } from '../page/document-text.ts';
import { fieldsFromJobPosting, jobPostingsFromJsonLd } from '../page/json-ld.ts';
import type { PageFields } from '../page/page-fields.ts';
import type { Posting } from '../schema/posting.ts';
import { adapterFor } from '../sites/registry.ts';
import { MAX_DESCRIPTION_CHARS } from '../text/bound.ts';
import { buildPosting } from './build-posting.ts';
import {
  companyFromDocument,
  type PageMeta,
  readPageMeta,
  safeUrl,
  titleFromDocument,
  urlFromDocument,
} from './document-meta.ts';
import { describeError, notAPosting } from './empty-posting.ts';
import type { ParseEnv } from './parse-env.ts';

// More JobPosting blocks than this on one page: a listing, not a posting.
const LISTING_JSON_LD_COUNT = 3;

/**
 * The one extraction path for HTML: the content script passes the live `document`, the CLI a
 * linkedom Document. Never throws: a page it cannot read is "not a posting" with the reason.
 */
export function parseDocument(doc: Document, url: string | null, env: ParseEnv): Posting {
  // The head's hints are read only when something needs them: most pages give a URL, and a
  // site adapter or JSON-LD names the title and company.
  let meta: PageMeta | null = null;
  const pageMeta = (): PageMeta => {
    meta ??= readPageMeta(doc, !url);
    return meta;
  };
  const pageUrl = url || urlFromDocument(doc, pageMeta());
  try {
    const u = safeUrl(pageUrl);
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
    return buildPosting({
      url: pageUrl,
      sources,
      fallbackText,
      fallbackTitle: () => titleFromDocument(doc, pageMeta()),
      fallbackCompany: () => companyFromDocument(doc, pageMeta()),
      adapterId: adapter?.id ?? null,
      hasJobPostingJsonLd: ld.length > 0,
    });
  } catch (err) {
    return notAPosting(pageUrl, `Could not read this page: ${describeError(err)}`);
  }
}
