/**
 * The parser core as the extension uses it: one import site, so the content script and the
 * background bundle exactly these entry points of src/.
 */
import { parseDocument } from '../../src/parse/parse-document.ts';
import type { Posting } from '../../src/schema/posting.ts';

export { looksLikePostingCheap } from '../../src/detect/quick-check.ts';
export { scoreMatch } from '../../src/match/score.ts';
export { canonicalJobUrl, jobKey } from '../../src/sites/job-identity.ts';
export { adapterFor, CONTENT_SCRIPT_MATCHES } from '../../src/sites/registry.ts';

/** DOMParser documents are inert: scripts in parsed HTML never run. */
const browserEnv = {
  parseHtml: (html: string): Document => new DOMParser().parseFromString(html, 'text/html'),
};

/** Parse the live page. Never throws (parseDocument reports failures as "not a posting"). */
export function parsePage(doc: Document, url: string): Posting {
  return parseDocument(doc, url, browserEnv);
}
