import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';

export interface PageHtml {
  html: string;
  /** The page was longer than PAGE_HTML_LIMIT: `html` is its first part. */
  cut: boolean;
}

/**
 * The live DOM as HTML, for the background to parse ('page/look'). Serializing is one native
 * call; the site adapters, the DOM readers and the skills catalog then run in the background,
 * so a posting costs the page this call and one message rather than loading and running the
 * parser here. Read only, never written back anywhere: the background's DOM (linkedom) runs no
 * scripts. null: nothing to read (a document with no root element).
 */
export function pageHtml(doc: Document): PageHtml | null {
  const html = doc.documentElement?.outerHTML;
  if (!html) return null;
  if (html.length <= PAGE_HTML_LIMIT) return { html, cut: false };
  // Never end on half a surrogate pair: the message's JSON would carry a lone surrogate.
  const code = html.charCodeAt(PAGE_HTML_LIMIT - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? PAGE_HTML_LIMIT - 1 : PAGE_HTML_LIMIT;
  return { html: html.slice(0, end), cut: true };
}
