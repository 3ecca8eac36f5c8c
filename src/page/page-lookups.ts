import { DOCUMENT_NODE, queryAll, tagOf } from './dom-utils.ts';
import type { ElementIndex } from './element-index.ts';

/**
 * The page readers' lookups across a whole page. A browser answers each query natively.
 * linkedom, the CLI's DOM in Node, answers each with a walk of the whole document in
 * JavaScript: on a 1 MB page of 70,000 elements those walks were a third of the read. So a
 * document parsed in Node opts in (`indexLookups`) to one walk made on its first lookup,
 * which then answers them all (element-index.ts). Only a document that nobody changes after
 * parsing may opt in; a root outside the index (a detached copy) is still queried natively.
 */

type Indexer = (doc: Document) => ElementIndex;

/** The documents that opted in: their walk (`indexElements`), then its result once made. */
const optedIn = new WeakMap<Document, Indexer | ElementIndex>();

/**
 * From now on, lookups in `doc` share one walk, made by `indexer` (element-index.ts's
 * `indexElements`; passed in, so the extension's bundles never carry it). The document must
 * not change afterwards.
 */
export function indexLookups(doc: Document, indexer: Indexer): void {
  optedIn.set(doc, indexer);
}

function indexFor(root: Document | Element): ElementIndex | null {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  const entry = doc ? optedIn.get(doc) : undefined;
  if (!doc || entry === undefined) return null;
  if (typeof entry !== 'function') return entry;
  const index = entry(doc);
  optedIn.set(doc, index);
  return index;
}

/** One query, as a selector for the browser and as the same test on one element. */
export interface Lookup {
  selector: string;
  matches(el: Element): boolean;
}

// A selector, not getElementsByTagName: linkedom's reaches into <template> content, which
// no browser query does.
const byTag = (tag: string): Lookup => ({ selector: tag, matches: (el) => tagOf(el) === tag });

export const SCRIPTS = byTag('script');
export const HEADINGS = byTag('h1');
export const METAS = byTag('meta');
export const LINKS = byTag('link');

/** Where a description may be: microdata, <main>, [role=main], <article>. */
export const CONTAINERS: Lookup = {
  selector: '[itemprop="description"], main, [role="main"], article',
  matches: (el) => {
    const tag = tagOf(el);
    return (
      tag === 'main' ||
      tag === 'article' ||
      el.getAttribute('itemprop') === 'description' ||
      el.getAttribute('role') === 'main'
    );
  },
};

/** What may be page furniture (main-content.ts tells which is). */
export const FURNITURE_CANDIDATES: Lookup = {
  selector: 'aside, [role], [class], [id]',
  matches: (el) =>
    tagOf(el) === 'aside' ||
    el.hasAttribute('role') ||
    el.hasAttribute('class') ||
    el.hasAttribute('id'),
};

/** The elements under `root` (a document, or an element: its descendants) a lookup finds. */
export function lookUp(root: Document | Element, lookup: Lookup): Element[] {
  const index = indexFor(root);
  if (index) {
    const scope =
      root.nodeType === DOCUMENT_NODE ? index.elements : index.descendants(root as Element);
    if (scope) return scope.filter(lookup.matches);
  }
  return queryAll(root, lookup.selector);
}

/** The first element under `root` a lookup finds, or null. */
export function lookUpFirst(root: Document | Element, lookup: Lookup): Element | null {
  const index = indexFor(root);
  if (!index) {
    try {
      return root.querySelector(lookup.selector);
    } catch {
      return null;
    }
  }
  return lookUp(root, lookup)[0] ?? null;
}
