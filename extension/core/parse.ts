/**
 * The parser as content/engine.js uses it: the only src/ entry points the engine bundles. The
 * page is read here (DOM only); the background builds the posting from it (build.ts).
 */
import type { PageSnapshot } from '../../src/parse/build-posting.ts';
import { extractDocument, pageOrigin } from '../../src/parse/extract-document.ts';

export { jobKey } from '../../src/sites/job-identity.ts';

/** DOMParser documents are inert: scripts in parsed HTML never run. */
const browserEnv = {
  parseHtml: (html: string): Document => new DOMParser().parseFromString(html, 'text/html'),
};

/** What the live page says, for postingFromSnapshot; null when the page cannot be read. */
export function readPage(doc: Document, url: string): PageSnapshot | null {
  try {
    return extractDocument(doc, pageOrigin(doc, url), browserEnv);
  } catch {
    return null;
  }
}
