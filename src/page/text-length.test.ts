import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasTextAtLeast, textLengths } from './text-length.ts';

function main(body: string): Element {
  return parseHTML(
    `<!DOCTYPE html><html><head></head><body><main>${body}</main></body></html>`,
  ).document.querySelector('main') as unknown as Element;
}

const pieces = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<div class="box">',
  '</div>',
  'ab',
  'cde ',
  '<!-- comment -->',
  '<br>',
  '&amp;',
  '<script>x</script>',
  '<template>in template</template>',
  '  ',
];
const page = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

describe('hasTextAtLeast', () => {
  it('agrees with textContent on generated pages', () => {
    fc.assert(
      fc.property(page, fc.nat(40), (html, n) => {
        const root = main(html);
        expect(hasTextAtLeast(root, n)).toBe((root.textContent ?? '').length >= n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('textLengths', () => {
  it('gives the textContent length of the root and of every element asked for', () => {
    fc.assert(
      fc.property(page, (html) => {
        const root = main(html);
        const boxes = [...root.querySelectorAll('*')];
        const lengths = textLengths(root, new Set(boxes));
        for (const el of [root, ...boxes]) {
          expect(lengths.get(el)).toBe((el.textContent ?? '').length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out elements not asked for', () => {
    const root = main('<div>ab<span>cd</span></div>');
    const lengths = textLengths(root, new Set([root.querySelector('span') as Element]));
    expect([...lengths.values()].sort()).toEqual([2, 4]);
  });
});
