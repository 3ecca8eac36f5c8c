/**
 * The parser as content/engine.js uses it: the only src/ entry points the engine bundles.
 */
import { parseDocument } from '../../src/parse/parse-document.ts';
import type { Posting } from '../../src/schema/posting.ts';

export { jobKey } from '../../src/sites/job-identity.ts';

/** DOMParser documents are inert: scripts in parsed HTML never run. */
const browserEnv = {
  parseHtml: (html: string): Document => new DOMParser().parseFromString(html, 'text/html'),
};

/** Parse the live page. Never throws (parseDocument reports failures as "not a posting"). */
export function parsePage(doc: Document, url: string): Posting {
  return parseDocument(doc, url, browserEnv);
}
