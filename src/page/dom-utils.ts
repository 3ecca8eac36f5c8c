/**
 * Small DOM helpers that behave the same on a browser Document and a linkedom one. linkedom
 * throws from `doc.body` when the document is empty, and upper-cases some SVG tag names that
 * browsers keep lower-case: these helpers paper over both.
 */

import { truncate } from '../text/truncate.ts';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_NODE = 9;

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isDocument(node: Element | Document): node is Document {
  return node.nodeType === DOCUMENT_NODE;
}

/** The body, else the root element, else null; never throws. */
export function bodyOf(doc: Document): Element | null {
  try {
    if (!doc.documentElement) return null;
    return doc.body ?? doc.documentElement;
  } catch {
    return null;
  }
}

/** querySelector that returns null instead of throwing on an odd selector or empty document. */
export function queryOne(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matching any selector, trying them in order of preference. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = queryOne(root, s);
    if (el) return el;
  }
  return null;
}

/** Text of a short field (a title, a location): whitespace collapsed, trimmed, null if empty. */
export function inlineText(el: Element | null | undefined, maxLength = 300): string | null {
  if (!el) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return text.length > maxLength ? truncate(text, maxLength).trim() : text;
}

/** inlineText of the first element matching any selector that has text. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | null {
  for (const s of selectors) {
    // The first match usually has text: only when it has none are the next few listed.
    const first = queryOne(root, s);
    if (!first) continue;
    const t = inlineText(first);
    if (t) return t;
    for (const el of queryAll(root, s).slice(1, 5)) {
      const more = inlineText(el);
      if (more) return more;
    }
  }
  return null;
}

export function attr(el: Element | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() !== '' ? v.trim() : null;
}

/** Content of <meta property=...> or <meta name=...>. */
export function metaContent(doc: Document, key: string): string | null {
  return (
    attr(queryOne(doc, `meta[property="${key}"]`), 'content') ??
    attr(queryOne(doc, `meta[name="${key}"]`), 'content')
  );
}
