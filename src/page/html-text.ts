import { normalizeText } from '../text/normalize.ts';
import { type ElementTextOptions, elementText } from './document-text.ts';
import { bodyOf } from './dom-utils.ts';

/** How the host turns HTML into a Document: DOMParser in the browser, linkedom in Node. */
export interface HtmlEnv {
  parseHtml(html: string): Document;
}

const HAS_TAG =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|i|a|table|tr|td|section)\b[^<>]{0,500}>/i;
const ESCAPED_TAG =
  /&lt;\/?(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|i|a|table|tr|td|section)\b/i;

export function looksLikeHtml(s: string): boolean {
  return HAS_TAG.test(s.slice(0, 20_000)) || ESCAPED_TAG.test(s.slice(0, 20_000));
}

function wrap(html: string): string {
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/**
 * Parses an HTML fragment into an element, undoing one level of entity escaping first when
 * the fragment arrived as "&lt;p&gt;..." (Greenhouse API content, some JSON-LD).
 * Null when the host cannot parse it.
 */
export function htmlFragmentRoot(html: string, env: HtmlEnv): Element | null {
  try {
    let source = html;
    if (ESCAPED_TAG.test(source.slice(0, 20_000)) && !HAS_TAG.test(source.slice(0, 20_000))) {
      const decoded = bodyOf(env.parseHtml(wrap(source)));
      source = decoded?.textContent ?? source;
    }
    return bodyOf(env.parseHtml(wrap(source)));
  } catch {
    return null;
  }
}

/** Tag stripping for when no parser is available: block tags become line breaks. */
export function roughHtmlToText(html: string): string {
  const text = html
    .replace(
      /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|section|article|header|dd|dt|blockquote|pre)\b[^<>]{0,500}>/gi,
      '\n',
    )
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&mdash;/g, '—')
    .replace(/&ndash;/g, '–')
    .replace(/&amp;/g, '&');
  return normalizeText(text).replace(/\n{2,}/g, '\n');
}

/** Plain text of an HTML string (or of plain text, returned normalized). */
export function htmlToText(html: string, env: HtmlEnv, options?: ElementTextOptions): string {
  if (!looksLikeHtml(html)) return normalizeText(html);
  const root = htmlFragmentRoot(html, env);
  return root ? elementText(root, options) : roughHtmlToText(html);
}
