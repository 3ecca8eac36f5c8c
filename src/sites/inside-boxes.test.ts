import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { insideTest } from './inside-boxes.ts';

const pieces = [
  '<div class="card">',
  '<div>',
  '</div>',
  '<section id="side">',
  '</section>',
  '<p>',
  '</p>',
  '<span>x</span>',
  '<b class="card">y</b>',
];
const SELECTOR = '.card, #side';

describe('insideTest', () => {
  it('agrees with closest() for every element, asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.boolean(),
        (parts, reversed) => {
          const doc = parseHtmlLinkedom(`<html><body>${parts.join('')}</body></html>`);
          const inside = insideTest(doc, SELECTOR);
          const all = [...doc.querySelectorAll('*')];
          for (const el of reversed ? all.reverse() : all) {
            expect(inside(el)).toBe(el.closest(SELECTOR) !== null);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers for a detached copy as closest() does', () => {
    const doc = parseHtmlLinkedom('<html><body><div class="card"><p>a</p></div></body></html>');
    const inside = insideTest(doc, SELECTOR);
    const copy = doc.querySelector('.card')?.cloneNode(true) as Element;
    expect(inside(copy.querySelector('p') as Element)).toBe(true);
    const loose = doc.createElement('p');
    expect(inside(loose)).toBe(false);
  });
});
