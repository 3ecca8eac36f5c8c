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

/** Where a page came from: its URL, and its head's hints read on first use. */
export interface PageOrigin {
  url: string | null;
  meta(): PageMeta;
}

/**
 * The page's URL (given, else the document's canonical URL) and its meta tags. The head is
 * read only when something needs it: most pages give a URL, and an adapter or JSON-LD names
 * the title and company.
 */
export function pageOrigin(doc: Document, url: string | null): PageOrigin {
  let meta: PageMeta | null = null;
  const read = (): PageMeta => {
    meta ??= readPageMeta(doc, !url);
    return meta;
  };
  return { url: url || urlFromDocument(doc, read()), meta: read };
}

/** What the DOM says besides the fallback title and company. */
type DocumentFields = Omit<BuildInput, 'fallbackTitle' | 'fallbackCompany'>;

function documentFields(doc: Document, page: PageOrigin, env: ParseEnv): DocumentFields {
  const u = safeUrl(page.url);
  const adapter = u ? adapterFor(u) : null;
  const sources: PageFields[] = [];
  const ld = jobPostingsFromJsonLd(doc);
  const scoped = adapter && u ? adapter.extract(doc, u, env) : null;
  // The builder reads an adapter's description before JSON-LD's: JSON-LD's HTML is then
  // not parsed into text at all (a second HTML parse on most supported sites).
  const description = (scoped?.descriptionText ?? '').trim() === '';
  if (ld[0]) sources.push(fieldsFromJobPosting(ld[0], env, { description }));
  if (ld.length >= LISTING_JSON_LD_COUNT) {
    sources.push({
      source: 'json-ld',
      isListing: true,
      reasons: [`${ld.length} job postings in one page`],
    });
  }
  if (scoped) sources.push(scoped);
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
    adapterId: adapter?.id ?? null,
    hasJobPostingJsonLd: ld.length > 0,
  };
}

const hostOf = (url: string | null): string | null => {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

/**
 * Everything the DOM says, the input of buildPosting. The fallback title and company stay
 * unread until the builder finds no source naming them (reading the head costs time on every
 * page). May throw on a document it cannot read; parseDocument turns that into "not a posting".
 */
export function extractDocument(doc: Document, page: PageOrigin, env: ParseEnv): BuildInput {
  return {
    ...documentFields(doc, page, env),
    fallbackTitle: () => titleFromDocument(doc, page.meta(), hostOf(page.url)),
    fallbackCompany: () => companyFromDocument(doc, page.meta(), hostOf(page.url)),
  };
}
