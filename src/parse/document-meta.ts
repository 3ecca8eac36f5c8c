/** Page-level hints every HTML page may carry, whatever the site. */

import { HEADINGS, LINKS, type Lookup, lookUp, lookUpFirst, METAS } from '../page/page-lookups.ts';
import { brandOfHost, splitPageTitle, type TitleParts } from './page-title.ts';

/** The head tags the parser reads: the first of each kind in the page, or null. */
export interface PageMeta {
  canonical: Element | null;
  ogUrl: Element | null;
  ogTitle: Element | null;
  siteName: Element | null;
}

/** Records `el` when it is the first of its kind seen; true once every kind is known. */
function consider(out: PageMeta, el: Element): boolean {
  const tag = el.localName || el.tagName.toLowerCase();
  if (tag === 'link') {
    if (el.getAttribute('rel') === 'canonical') out.canonical ??= el;
  } else if (tag === 'meta') {
    const property = el.getAttribute('property');
    if (property === 'og:url') out.ogUrl ??= el;
    else if (property === 'og:title') out.ogTitle ??= el;
    else if (property === 'og:site_name') out.siteName ??= el;
  }
  return (
    out.canonical !== null && out.ogUrl !== null && out.ogTitle !== null && out.siteName !== null
  );
}

/**
 * The first link[rel=canonical] and meta[property=og:url|og:title|og:site_name] of the page,
 * in document order. The head comes first in the document, so its children are read first;
 * only a kind the head lacks sends the search through the whole page, by tag name. Without `withCanonical` the body's links are not
 * searched (the caller knows the page's URL).
 */
export function readPageMeta(doc: Document, withCanonical = true): PageMeta {
  const out: PageMeta = { canonical: null, ogUrl: null, ogTitle: null, siteName: null };
  try {
    for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
      if (consider(out, el)) return out;
    }
    const rest: PageMeta = { canonical: null, ogUrl: null, ogTitle: null, siteName: null };
    const kinds: Lookup[] = [];
    if (!out.canonical && withCanonical) kinds.push(LINKS);
    if (!out.ogUrl || !out.ogTitle || !out.siteName) kinds.push(METAS);
    for (const kind of kinds) {
      for (const el of lookUp(doc, kind)) consider(rest, el);
    }
    // Head elements come first in document order: they win over what the walk found.
    out.canonical ??= rest.canonical;
    out.ogUrl ??= rest.ogUrl;
    out.ogTitle ??= rest.ogTitle;
    out.siteName ??= rest.siteName;
  } catch {
    // An odd document gives no hints.
  }
  return out;
}

function content(el: Element | null): string | null {
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** The page's own idea of its URL, for saved pages read without --url. */
export function urlFromDocument(doc: Document, meta: PageMeta = readPageMeta(doc)): string | null {
  const canonical = meta.canonical?.getAttribute('href')?.trim();
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const og = content(meta.ogUrl);
  if (og && /^https?:\/\//i.test(og)) return og;
  return savedFromUrl(doc);
}

const SAVED_FROM = /saved from url=\(\d+\)(https?:\/\/[^\s>]+)/i;
const COMMENT_NODE = 8;
/** Nodes looked at for the comment: it is among the first few, never deep in the page. */
const SAVED_FROM_NODES = 60;

/**
 * Browsers' "Save page as" leaves <!-- saved from url=(0042)https://... --> at the top:
 * before <html>, or first in it or in <head>. Only those comments are read (serializing the
 * page to find it would cost as much as the page is large).
 */
function savedFromUrl(doc: Document): string | null {
  let seen = 0;
  for (const parent of [doc, doc.documentElement, doc.head] as (Node | null)[]) {
    // childNodes, not sibling links: linkedom leaves the doctype without a next sibling.
    for (const n of Array.from(parent?.childNodes ?? [])) {
      if (++seen > SAVED_FROM_NODES) return null;
      if (n.nodeType !== COMMENT_NODE) continue;
      const saved = SAVED_FROM.exec(n.nodeValue ?? '');
      if (saved?.[1]) return saved[1];
    }
  }
  return null;
}

/** The page's own title parts (og:title, else <title>), the site's name dropped. */
function pageTitleParts(doc: Document, meta: PageMeta, host: string | null): TitleParts | null {
  const raw = content(meta.ogTitle) ?? (doc.title?.trim() || null);
  return raw ? splitPageTitle(raw, [brandOfHost(host), content(meta.siteName)]) : null;
}

export function titleFromDocument(
  doc: Document,
  meta: PageMeta = readPageMeta(doc),
  host: string | null = null,
): string | null {
  const h1 = lookUpFirst(doc, HEADINGS)?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1 && h1.length <= 200) return h1;
  return pageTitleParts(doc, meta, host)?.title || null;
}

/**
 * The company the page's title names ("Title | Company | Site"), else the site's name unless
 * that is the host itself (a job board names itself, not the employer).
 */
export function companyFromDocument(
  doc: Document,
  meta: PageMeta = readPageMeta(doc),
  host: string | null = null,
): string | null {
  const fromTitle = pageTitleParts(doc, meta, host)?.company;
  if (fromTitle) return fromTitle;
  const site = content(meta.siteName);
  const brand = brandOfHost(host);
  if (site && brand && site.toLowerCase().replace(/[^a-z0-9]/g, '') === brand) return null;
  return site;
}

export function safeUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
