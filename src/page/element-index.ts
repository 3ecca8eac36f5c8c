import { ELEMENT_NODE, tagOf } from './dom-utils.ts';

/**
 * The elements the page readers look up across a whole document, found in one walk: the
 * answer to each of their queries is a filter of `elements`, in document order. Elements
 * none of the queries can match (most of a page: bare <span>s, <p>s) are only counted.
 */
export interface ElementIndex {
  /** Elements a lookup may want (see `wanted`), and <body>, in document order. */
  elements: readonly Element[];
  /** The indexed elements inside `root` (not `root` itself); null when `root` is not indexed. */
  descendants(root: Element): Element[] | null;
}

const WANTED_TAGS = new Set([
  // Not wanted by any lookup, but the root of one when a page has no main container.
  'body',
  'script',
  'h1',
  'meta',
  'link',
  'main',
  'article',
  'aside',
]);

/** Attributes some lookup selects on: [itemprop="description"], [role], [class], [id]. */
const WANTED_ATTRIBUTES = ['itemprop', 'role', 'class', 'id'];

function wanted(el: Element): boolean {
  if (WANTED_TAGS.has(tagOf(el))) return true;
  if (!el.hasAttributes()) return false;
  for (const name of WANTED_ATTRIBUTES) if (el.hasAttribute(name)) return true;
  return false;
}

/** Marks, on the walk stack, the end of the subtree of `elements[exit]`. */
interface Exit {
  exit: number;
}

/**
 * One iterative walk (pages nest deeper than any call stack) of the document's elements. Node
 * only: a browser answers each query natively, faster than any walk in JavaScript, so this
 * file stays out of the extension's bundles.
 */
export function indexElements(doc: Document): ElementIndex {
  const elements: Element[] = [];
  const at = new Map<Element, number>();
  // For each of `elements`, by its place there: its number in a preorder count of every
  // element, and that of the last element of its subtree.
  const pre: number[] = [];
  const last: number[] = [];
  let count = -1;
  const stack: Array<Element | Exit> = [];
  // From the document, not <html>: linkedom keeps what comes after "</html>" beside it.
  for (let top = doc.lastElementChild; top; top = top.previousElementSibling) stack.push(top);
  while (stack.length > 0) {
    const frame = stack.pop() as Element | Exit;
    if ('exit' in frame) {
      last[frame.exit] = count;
      continue;
    }
    const el = frame;
    count += 1;
    if (wanted(el)) {
      const i = elements.push(el) - 1;
      at.set(el, i);
      pre.push(count);
      last.push(count);
      stack.push({ exit: i });
    }
    // A template's children are its content, a fragment no query of the page reaches.
    if (tagOf(el) === 'template') continue;
    // Last child first, so the walk goes in document order.
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push(child);
    }
  }
  const descendants = (root: Element): Element[] | null => {
    const i = at.get(root);
    // A template's content was not walked: what a query from the template sees is its own.
    if (i === undefined || tagOf(root) === 'template') return null;
    const end = last[i] as number;
    const out: Element[] = [];
    // Preorder numbers grow along `elements`: the subtree is the run after `root` up to `end`.
    for (let k = i + 1; k < elements.length && (pre[k] as number) <= end; k++) {
      out.push(elements[k] as Element);
    }
    return out;
  };
  return { elements, descendants };
}
