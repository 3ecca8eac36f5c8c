import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { brokenHtml } from '../fuzz/html-arbitraries.ts';
import { ATTRIBUTES, TAGS } from '../fuzz/html-pieces.ts';
import { queryAll } from './dom-utils.ts';
import { indexElements } from './element-index.ts';
import {
  CONTAINERS,
  FURNITURE_CANDIDATES,
  HEADINGS,
  indexLookups,
  LINKS,
  type Lookup,
  lookUp,
  lookUpFirst,
  METAS,
  SCRIPTS,
} from './page-lookups.ts';

const LOOKUPS: Record<string, Lookup> = {
  SCRIPTS,
  HEADINGS,
  METAS,
  LINKS,
  CONTAINERS,
  FURNITURE_CANDIDATES,
};

/** Case and namespace edges of the selectors, besides the fuzzers' own pieces. */
const MORE_TAGS = ['meta', 'link', 'MAIN', 'Article', 'svg><main', 'math><aside', 'svg><script'];
const MORE_ATTRIBUTES = [
  'role=""',
  'role="MAIN"',
  'role=" main"',
  'ITEMPROP="description"',
  'itemprop="Description"',
  'itemprop="description name"',
  'id=""',
  'CLASS="x"',
];

const element = fc
  .tuple(
    fc.constantFrom(...TAGS, ...MORE_TAGS),
    fc.array(fc.constantFrom(...ATTRIBUTES, ...MORE_ATTRIBUTES), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([tag, attrs, close]) => {
    const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}>x`;
    return close ? `${open}</${tag.split('>').at(-1)}>` : open;
  });

const page = fc.oneof(
  fc.array(element, { maxLength: 40 }).map((parts) => parts.join('')),
  brokenHtml([0, 0, 3]),
);

/** A linkedom document without the index: every lookup answered by linkedom itself. */
function plainDocument(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/** Every lookup from the document and from each of its elements, as linkedom answers it. */
function answers(doc: Document, read: (root: Document | Element, l: Lookup) => Element[]) {
  const roots: Array<Document | Element> = [doc, ...queryAll(doc, '*').slice(0, 40)];
  return roots.flatMap((root) => Object.values(LOOKUPS).map((l) => read(root, l)));
}

describe('page lookups', () => {
  it('answer from the shared walk exactly as the selectors do, in document order', () => {
    fc.assert(
      fc.property(page, (html) => {
        const doc = plainDocument(html);
        const native = answers(doc, (root, l) => queryAll(root, l.selector));
        indexLookups(doc, indexElements);
        const indexed = answers(doc, lookUp);
        expect(indexed.length).toBe(native.length);
        indexed.forEach((list, i) => {
          expect(list).toEqual(native[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('answer natively, without the walk, exactly as the selectors do', () => {
    fc.assert(
      fc.property(page, (html) => {
        const doc = plainDocument(html);
        expect(answers(doc, lookUp)).toEqual(answers(doc, (root, l) => queryAll(root, l.selector)));
        const firsts = Object.values(LOOKUPS).map((l) => lookUpFirst(doc, l));
        expect(firsts).toEqual(Object.values(LOOKUPS).map((l) => doc.querySelector(l.selector)));
      }),
      { numRuns: 200 },
    );
  });

  it('find the first element as querySelector does', () => {
    fc.assert(
      fc.property(page, (html) => {
        const doc = plainDocument(html);
        const native = Object.values(LOOKUPS).map((l) => doc.querySelector(l.selector));
        indexLookups(doc, indexElements);
        expect(Object.values(LOOKUPS).map((l) => lookUpFirst(doc, l))).toEqual(native);
      }),
      { numRuns: 200 },
    );
  });

  it('are shared by documents the Node environment parses', () => {
    const doc = parseHtmlLinkedom('<main id="a"><aside class="b">x</aside></main><h1>T</h1>');
    const main = lookUpFirst(doc, CONTAINERS) as Element;
    expect(main.id).toBe('a');
    expect(lookUp(main, FURNITURE_CANDIDATES).map((el) => el.className)).toEqual(['b']);
    expect(lookUpFirst(doc, HEADINGS)?.textContent).toBe('T');
  });

  it('read a detached copy natively: it is not in the walk', () => {
    const doc = parseHtmlLinkedom('<main><aside class="b">x</aside><p id="c">y</p></main>');
    lookUp(doc, SCRIPTS);
    const copy = (lookUpFirst(doc, CONTAINERS) as Element).cloneNode(true) as Element;
    copy.querySelector('aside')?.remove();
    expect(lookUp(copy, FURNITURE_CANDIDATES).map((el) => el.id)).toEqual(['c']);
  });
});
