import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom-utils.ts';

/** Elements that carry no visible content of their own in a JSON view. */
const INVISIBLE = new Set(['head', 'meta', 'link', 'style', 'script', 'title', 'base']);
/** A JSON viewer adds its own controls ("Pretty-print"): a word or two at most. */
const MAX_OTHER_TEXT = 16;
/** Top-level nodes a browser's JSON view holds; a page has more and is skipped unread. */
const MAX_TOP_NODES = 20;
/** A posting's JSON is far smaller; a bigger text is not worth parsing. */
const MAX_JSON_CHARS = 5_000_000;

/** The first `max` children, by sibling links: linkedom builds a list of all for `childNodes`. */
function firstChildren(node: Node, max: number): ChildNode[] {
  const out: ChildNode[] = [];
  for (let child = node.firstChild; child && out.length < max; child = child.nextSibling) {
    out.push(child);
  }
  return out;
}

/**
 * The visible top-level nodes: the root's children, with <body> opened (an HTML parser that
 * leaves content after <head> outside the body is read the same as a browser's DOM). Null when
 * there are more than a JSON view holds.
 */
function topNodes(doc: Document): ChildNode[] | null {
  const root = doc.documentElement;
  if (!root) return null;
  const out: ChildNode[] = [];
  for (const node of firstChildren(root, MAX_TOP_NODES + 1)) {
    const inner =
      node.nodeType === ELEMENT_NODE && tagOf(node as Element) === 'body'
        ? firstChildren(node, MAX_TOP_NODES + 1)
        : [node];
    out.push(...inner);
    if (out.length > MAX_TOP_NODES) return null;
  }
  return out;
}

/**
 * The JSON a browser shows when it opens a JSON address: an HTML document whose body is one
 * <pre> holding the JSON text, beside at most a viewer's empty or nearly empty controls.
 * Undefined for any other document (the common case costs a look at a few top-level nodes).
 */
export function jsonOfPreDocument(doc: Document): unknown {
  try {
    const nodes = topNodes(doc);
    if (!nodes) return undefined;
    const elements = nodes.filter(
      (n): n is Element => n.nodeType === ELEMENT_NODE && !INVISIBLE.has(tagOf(n as Element)),
    );
    const pres = elements.filter((el) => tagOf(el) === 'pre');
    const pre = pres[0];
    if (!pre || pres.length > 1) return undefined;
    let other = 0;
    for (const n of nodes) {
      if (n === pre) continue;
      if (n.nodeType === TEXT_NODE) other += (n.textContent ?? '').trim().length;
      else if (n.nodeType === ELEMENT_NODE && elements.includes(n as Element)) {
        other += (n.textContent ?? '').trim().length;
      }
      if (other > MAX_OTHER_TEXT) return undefined;
    }
    const text = (pre.textContent ?? '').trim();
    if (text.length > MAX_JSON_CHARS || !/^[{[]/.test(text) || !/[}\]]$/.test(text)) {
      return undefined;
    }
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
