import { queryAll } from '../page/dom-utils.ts';

/** Whether an element lies in one of some boxes (other jobs' cards, sidebars). */
export type InsideTest = (el: Element) => boolean;

/**
 * `el.closest(selector) !== null`, for many elements of one document in linear total time.
 * Each `closest` compiles its selector and walks up to the root, so a page of thousands of
 * nested matches cost thousands of walks of thousands of levels. Here one query finds the
 * boxes, and each ancestor is looked at once, whichever element asks. For one read of a
 * document that does not change meanwhile.
 */
export function insideTest(doc: Document, selector: string): InsideTest {
  let boxes: Set<Element> | null = null;
  const known = new Map<Element, boolean>();
  return (el) => {
    boxes ??= new Set(queryAll(doc, selector));
    const path: Element[] = [];
    let inside: boolean | undefined;
    let top: Element = el;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      inside = boxes.has(cur) || known.get(cur);
      if (inside !== undefined) break;
      path.push(cur);
      top = cur;
    }
    // Outside the document (a detached copy), the query did not see its boxes.
    if (inside === undefined && top.parentNode !== doc) return el.closest(selector) !== null;
    for (const p of path) known.set(p, inside ?? false);
    return inside ?? false;
  };
}
