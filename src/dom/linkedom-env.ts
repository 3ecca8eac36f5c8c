import { parseHTML } from 'linkedom';
import { indexElements } from '../page/element-index.ts';
import { indexLookups } from '../page/page-lookups.ts';
import type { ParseEnv } from '../parse/parse-env.ts';
import { capNesting } from './cap-nesting.ts';

function wrapped(html: string): string {
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * A DOM built from an HTML string without a browser's: the CLI's in Node, and the background's
 * (a service worker has no DOMParser), which reads the HTML the content script sends
 * ('page/look'). One parse path for both, so the corpus figures are the extension's. linkedom
 * never runs the page's scripts. linkedom wants a whole document, so fragments are
 * wrapped. A page cut off inside its own <html ...> tag leaves linkedom with no root element,
 * where a browser would still build html/head/body: read it as a fragment then. Nesting is
 * capped first (see cap-nesting.ts): linkedom's parser is quadratic in depth.
 */
export function parseHtmlLinkedom(html: string): Document {
  const capped = capNesting(html);
  const whole = /<html[\s>]/i.test(capped.slice(0, 4096)) ? capped : wrapped(capped);
  const first = parseHTML(whole).document as unknown as Document;
  const doc =
    first.documentElement || whole !== capped
      ? first
      : (parseHTML(wrapped(capped)).document as unknown as Document);
  // The parser never changes the document it reads: its whole-page lookups can share a walk.
  indexLookups(doc, indexElements);
  return doc;
}

export const linkedomEnv: ParseEnv = { parseHtml: parseHtmlLinkedom };
