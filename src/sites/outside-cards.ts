import { elementText } from '../page/document-text.ts';
import { inlineText, queryAll } from '../page/dom-utils.ts';
import type { SalaryBlock } from '../page/page-fields.ts';

/**
 * On a job board the open posting shares the page with other jobs' cards (a search's result
 * list, "similar jobs" under a posting): their titles and pay are not this posting's. These
 * read a field from the first element, in page order, that stands outside every card.
 */
const MAX_CANDIDATES = 20;
/**
 * Matches looked at: each costs a walk up to the root, so a hostile page of thousands of
 * nested matches must not cost thousands of walks. A search page's cards come well under it.
 */
const MAX_MATCHES = 60;

function outside(root: ParentNode, selector: string, cards: string): Element[] {
  return queryAll(root, selector)
    .slice(0, MAX_MATCHES)
    .filter((el) => !el.closest(cards))
    .slice(0, MAX_CANDIDATES);
}

/** The first element outside the cards matching any selector, in order of preference. */
export function firstOutside(
  root: ParentNode,
  selectors: readonly string[],
  cards: string,
): Element | null {
  for (const s of selectors) {
    const hit = outside(root, s, cards)[0];
    if (hit) return hit;
  }
  return null;
}

/** inlineText of the first element outside the cards that has text. */
export function textOutside(
  root: ParentNode,
  selectors: readonly string[],
  cards: string,
): string | null {
  for (const s of selectors) {
    for (const el of outside(root, s, cards)) {
      const text = inlineText(el);
      if (text) return text;
    }
  }
  return null;
}

export interface PayBoxOptions {
  /** At most this many boxes (a posting states its pay once or twice: header and body). */
  max?: number;
  /** A box this rejects (by its text, or its label beside it) is not the employer's pay. */
  notPay?: (text: string, box: Element) => boolean;
}

/**
 * Pay boxes outside the cards, one SalaryBlock each: text with a digit, each box once (a box
 * inside another taken box is read with it).
 */
export function payOutside(
  root: ParentNode,
  selectors: readonly string[],
  cards: string,
  options: PayBoxOptions = {},
): SalaryBlock[] {
  const taken: Element[] = [];
  const out: SalaryBlock[] = [];
  for (const el of outside(root, selectors.join(', '), cards)) {
    if (out.length >= (options.max ?? 3)) break;
    if (taken.some((t) => t.contains(el) || el.contains(t))) continue;
    taken.push(el);
    const text = elementText(el)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    if (!/\d/.test(text) || options.notPay?.(text, el)) continue;
    if (!out.some((b) => b.text === text)) out.push({ text, location: null });
  }
  return out;
}
