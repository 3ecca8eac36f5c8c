import { parseHTML } from 'linkedom';
import { indexElements } from '../page/element-index.ts';
import { indexLookups } from '../page/page-lookups.ts';
import type { ParseEnv } from '../parse/parse-env.ts';
import { capNesting } from './cap-nesting.ts';
import { mergeTextReferences } from './text-references.ts';

function parse(html: string): Document {
  return parseHTML(mergeTextReferences(html)).document as unknown as Document;
}

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
 * capped first (see cap-nesting.ts): linkedom's parser is quadratic in depth. References in
 * text are read first (see text-references.ts): linkedom makes each a node of its own.
 */
export function parseHtmlLinkedom(html: string): Document {
  const capped = capNesting(html);
  const whole = /<html[\s>]/i.test(capped.slice(0, 4096)) ? capped : wrapped(capped);
  const first = parse(whole);
  const doc = first.documentElement || whole !== capped ? first : parse(wrapped(capped));
  // The parser never changes the document it reads: its whole-page lookups can share a walk.
  indexLookups(doc, indexElements);
  return doc;
}

export const linkedomEnv: ParseEnv = { parseHtml: parseHtmlLinkedom };
