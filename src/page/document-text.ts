import { normalizeText } from '../text/normalize.ts';
import { CDATA_SECTION_NODE, ELEMENT_NODE, isDocument, TEXT_NODE, tagOf } from './dom-utils.ts';

export { mainContent, mainContentRoot, skipping } from './main-content.ts';

/** Elements whose edges end a line: text on either side never runs together. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'option',
  'optgroup',
]);

/** Never read: code, chrome, controls and things the reader cannot see. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
  'nav',
  'footer',
  'head',
  'title',
  'meta',
  'link',
  'object',
  'embed',
  'audio',
  'video',
  'math',
]);

const CELL = new Set(['td', 'th']);
/** White space other than a single plain space: what collapsing to one space would change. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;
const DISPLAY_NONE = /display\s*:\s*none/i;

export interface ElementTextOptions {
  /** Extra subtrees to leave out (an adapter's pay block it reports separately). */
  skip?: (el: Element) => boolean;
  /** Stop walking once about this many characters are collected (huge pages). */
  maxChars?: number;
}

/** True for an element the reader cannot see or that holds no prose. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP.has(tagOf(el))) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && DISPLAY_NONE.test(style);
}

/** Reverses stack[from..]: children were pushed first-to-last and must pop first-first. */
function reverseTail(stack: Frame[], from: number): void {
  for (let i = from, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i] as Frame;
    stack[i] = stack[j] as Frame;
    stack[j] = t;
  }
}

/** Marks the end of a block element on the walk stack. */
const END = { end: true } as const;
type Frame = Node | { end: true; pre?: boolean };

class TextSink {
  parts: string[] = [];
  last = '\n';
  pre = 0;
  /** A bullet was written and no text yet: a nested block must not break the line. */
  bulletOpen = false;

  newline(): void {
    if (this.last !== '\n' && !this.bulletOpen) this.push('\n');
  }

  bullet(): void {
    if (this.bulletOpen) return;
    this.push('• ');
    this.bulletOpen = true;
  }

  /** Characters collected so far. */
  length = 0;

  push(s: string): void {
    if (s === '') return;
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1] ?? this.last;
  }

  text(raw: string): void {
    // Collapsing is a no-op when the only white space is single plain spaces: skip the copy.
    let t = this.pre > 0 || !NEEDS_COLLAPSE.test(raw) ? raw : raw.replace(/\s+/g, ' ');
    if (t.startsWith(' ') && (this.last === ' ' || this.last === '\n')) t = t.slice(1);
    if (t === '') return;
    this.push(t);
    this.bulletOpen = false;
  }

  close(): void {
    this.bulletOpen = false;
    this.newline();
  }

  result(): string {
    // A list item with no text leaves a lone bullet: drop it.
    const all = this.parts.join('');
    if (!all.includes('•')) return all;
    const lines = all.split('\n');
    return lines.filter((l) => !/^\s*•\s*$/.test(l)).join('\n');
  }
}

/**
 * Block-aware text of an element or document: a line break at every block boundary, list
 * items as "• " lines, inline runs joined exactly as written ("$1</span><span>—</span><span>$2"
 * stays "$1—$2"). Iterative: pages nest deeper than any call stack.
 */
export function elementText(root: Element | Document, options: ElementTextOptions = {}): string {
  const start = isDocument(root) ? root.documentElement : root;
  if (!start) return '';
  const sink = new TextSink();
  const stack: Frame[] = [start];
  const max = options.maxChars ?? Number.POSITIVE_INFINITY;
  while (stack.length > 0 && sink.length < max) {
    const frame = stack.pop() as Frame;
    if ('end' in frame) {
      if (frame.pre) sink.pre -= 1;
      sink.close();
      continue;
    }
    const node = frame as Node;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      sink.text(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (el !== start && (isSkippedElement(el) || options.skip?.(el))) continue;
    const tag = tagOf(el);
    if (tag === 'br') {
      if (!sink.bulletOpen) sink.push('\n');
      continue;
    }
    if (BLOCK.has(tag)) {
      sink.newline();
      if (tag === 'li') sink.bullet();
      if (tag === 'pre') sink.pre += 1;
      stack.push(tag === 'pre' ? { end: true, pre: true } : END);
    } else if (CELL.has(tag) && sink.last !== ' ' && sink.last !== '\n') {
      sink.push(' ');
    }
    // Sibling links, not childNodes: linkedom builds a fresh array for every childNodes read.
    const from = stack.length;
    for (let child = el.firstChild; child; child = child.nextSibling) stack.push(child);
    reverseTail(stack, from);
  }
  return normalizeText(sink.result());
}
