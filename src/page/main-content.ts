import { bodyOf, queryAll, tagOf } from './dom-utils.ts';
import { CONTAINERS, FURNITURE_CANDIDATES, lookUp } from './page-lookups.ts';
import { hasTextAtLeast, textLengths } from './text-length.ts';

/**
 * Class or id words that mark page furniture around a posting: other jobs' cards (whose
 * salaries must never be read as this job's), cookie banners, newsletters, footers.
 */
const FURNITURE =
  /similar|related|recommend|sidebar|side-bar|cookie|consent|footer|newsletter|subscribe|also-viewed|also_viewed|right-rail|share-bar|social-share/i;
const FURNITURE_ROLES = new Set(['complementary', 'contentinfo', 'banner', 'dialog']);
/** Checking more candidates than this costs more than the furniture does. */
const MAX_CANDIDATES = 400;
/** A "furniture" box holding most of the text is a layout wrapper ("has-sidebar"), not furniture. */
const WRAPPER_SHARE = 0.5;
const MIN_MAIN_TEXT = 200;

/** Cheap test on one element: tag, role and the first 300 characters of class and id. */
export function looksLikeFurniture(el: Element): boolean {
  if (tagOf(el) === 'aside') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = (el.getAttribute('class') ?? '').slice(0, 300);
  const id = (el.getAttribute('id') ?? '').slice(0, 100);
  return (cls !== '' && FURNITURE.test(cls)) || (id !== '' && FURNITURE.test(id));
}

function insideFurniture(el: Element, stop: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && cur !== stop && depth < 60; depth++) {
    if (looksLikeFurniture(cur)) return true;
    cur = cur.parentElement;
  }
  return false;
}

const MICRODATA_POSTING = '[itemtype*="JobPosting"]';

function pickContainer(doc: Document, body: Element): Element {
  // One query for every kind of candidate, in document order; the preference order below is
  // rebuilt from it: microdata descriptions of a JobPosting, any description, <main>,
  // [role=main], then a lone article or two.
  const found = lookUp(doc, CONTAINERS);
  const description = found.filter((el) => el.getAttribute('itemprop') === 'description');
  const candidates = [
    ...description.filter((el) => el.parentElement?.closest(MICRODATA_POSTING)),
    ...description,
    ...found.filter((el) => tagOf(el) === 'main'),
    ...found.filter((el) => el.getAttribute('role') === 'main'),
  ];
  const articles = found.filter((el) => tagOf(el) === 'article');
  // Several articles are a feed or a list of cards, not one document.
  if (articles.length <= 2) candidates.push(...articles);
  for (const el of candidates.slice(0, 20)) {
    if (hasTextAtLeast(el, MIN_MAIN_TEXT) && !insideFurniture(el, body)) return el;
  }
  return body;
}

function hasAncestorIn(el: Element, set: Set<Element>, stop: Element): boolean {
  if (set.size === 0) return false;
  for (let cur = el.parentElement; cur && cur !== stop; cur = cur.parentElement) {
    if (set.has(cur)) return true;
  }
  return false;
}

/**
 * Subtrees of `root` that are page furniture, outermost only, bounded. A candidate that
 * holds most of the root's text is a layout wrapper and is kept.
 */
function furnitureIn(root: Element): Element[] {
  const boxes: Element[] = [];
  for (const el of lookUp(root, FURNITURE_CANDIDATES)) {
    if (boxes.length >= MAX_CANDIDATES) break;
    if (looksLikeFurniture(el)) boxes.push(el);
  }
  // Most pages have none: the text is measured only when a candidate needs it.
  if (boxes.length === 0) return [];
  const lengths = textLengths(root, new Set(boxes));
  const total = Math.max(1, lengths.get(root) ?? 0);
  const found = new Set<Element>();
  for (const el of boxes) {
    if (hasAncestorIn(el, found, root)) continue;
    if ((lengths.get(el) ?? 0) / total > WRAPPER_SHARE) continue;
    found.add(el);
  }
  return [...found];
}

/** The container of a page's description and the furniture inside it, outermost only. */
export interface MainContent {
  container: Element;
  furniture: Element[];
}

export function mainContent(doc: Document): MainContent | null {
  const body = bodyOf(doc);
  if (!body) return null;
  const container = pickContainer(doc, body);
  return { container, furniture: furnitureIn(container) };
}

/**
 * The element that best holds a generic page's job description: microdata description,
 * <main>, [role=main], a lone <article>, else <body>. Sidebars, "similar jobs", cookie
 * banners and newsletters inside it are left out: the result is then a detached copy, so
 * the live page is never changed. (The parser reads the text through `elementText` with
 * `skipping(main)` instead, which needs no copy.)
 */
export function mainContentRoot(doc: Document): Element {
  const main = mainContent(doc);
  if (!main) return doc.createElement('div');
  const { container, furniture } = main;
  if (furniture.length === 0) return container;
  const copy = container.cloneNode(true) as Element;
  // Same structure, so the same native query finds the same elements in the copy, in order.
  const originals = queryAll(container, FURNITURE_CANDIDATES.selector);
  const copies = queryAll(copy, FURNITURE_CANDIDATES.selector);
  const drop = new Set(furniture);
  const doomed: Element[] = [];
  originals.forEach((el, i) => {
    const twin = copies[i];
    if (drop.has(el) && twin) doomed.push(twin);
  });
  for (const el of doomed) el.remove();
  return copy;
}

/** A skip test for `elementText` that leaves out the furniture, as `mainContentRoot` does. */
export function skipping(main: MainContent): ((el: Element) => boolean) | undefined {
  if (main.furniture.length === 0) return undefined;
  const drop = new Set(main.furniture);
  return (el) => drop.has(el);
}
