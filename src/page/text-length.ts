import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './dom-utils.ts';

const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Whether the element's text (its `textContent`: the text of every Text and CDATA node in
 * it) is at least `n` characters long. Stops as soon as it is: a container holding the
 * whole page need not be read whole to learn it has 200 characters.
 */
export function hasTextAtLeast(el: Element, n: number): boolean {
  if (n <= 0) return true;
  let seen = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      seen += (node.nodeValue ?? '').length;
      if (seen >= n) return true;
      continue;
    }
    if (type !== ELEMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE) continue;
    // Last child first, so the walk goes in document order.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

/** Marks, on the walk stack, the end of an element's subtree and the count at its start. */
interface Exit {
  exit: Element;
  from: number;
}

/**
 * The length of `textContent` of `root` and of each of `elements` inside it, from one walk of
 * `root`: reading each element's text on its own costs its whole subtree every time, and
 * nested boxes would read the same text over and over.
 */
export function textLengths(root: Element, elements: ReadonlySet<Element>): Map<Element, number> {
  const out = new Map<Element, number>();
  let seen = 0;
  const stack: Array<Node | Exit> = [root];
  while (stack.length > 0) {
    const frame = stack.pop() as Node | Exit;
    if ('exit' in frame) {
      out.set(frame.exit, seen - frame.from);
      continue;
    }
    const type = frame.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      seen += (frame.nodeValue ?? '').length;
      continue;
    }
    if (type !== ELEMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE) continue;
    if (frame === root || elements.has(frame as Element)) {
      stack.push({ exit: frame as Element, from: seen });
    }
    for (let child = frame.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}
