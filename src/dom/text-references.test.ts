import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementText } from '../page/document-text.ts';
import { NAMED_REFERENCES } from './named-references.ts';
import { mergeTextReferences } from './text-references.ts';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

function textNodes(doc: Document): number {
  let n = 0;
  const walk = doc.createTreeWalker(doc, 4);
  while (walk.nextNode()) n++;
  return n;
}

/** Markup where the parser's states are easy to get wrong: every one of them, half-finished. */
const PIECES = [
  '&#x2014;',
  '&#8212;',
  '&amp;',
  '&amp',
  '&nbsp;',
  '&mdash;',
  '&gt;',
  '&lt;',
  '&quot;',
  '&#0;',
  '&#xD800;',
  '&#150;',
  '&#59;',
  '&#65;',
  '&#10;',
  '&#32;',
  '&',
  '&#',
  'nbsp;',
  ';',
  '#',
  'x',
  '1',
  ' ',
  '\n',
  '\u001c',
  '<',
  '>',
  '/',
  '=',
  '"',
  "'",
  '<p>',
  '</p>',
  '<div class="a&amp;b">',
  "<a href=x&amp;y title='q'>",
  '<b =">',
  '<i a="x>y">',
  '</div>',
  '</ x>',
  '</>',
  '<!-- c -->',
  '<!-->',
  '<!--',
  '-->',
  '<!doctype html>',
  '<![CDATA[',
  ']]>',
  '<?pi ?>',
  '<script>',
  '</script>',
  '<SCRIPT>',
  '</SCRIPT>',
  '<Title>',
  '</TITLE>',
  '<style>',
  '</style >',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<xmp>',
  '<tmp>',
  '</tmp>',
  '<xitle>',
  '<script/>',
  '<pre>',
  '</pre>',
  '<svg>',
  '</svg>',
  '<br/>',
];
const page = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('mergeTextReferences', () => {
  it('gives the same document, text included, with references in text merged', () => {
    fc.assert(
      fc.property(page, (html) => {
        const before = parse(html);
        const after = parse(mergeTextReferences(html));
        expect(after.toString()).toBe(before.toString());
        expect(elementText(after)).toBe(elementText(before));
        expect(after.documentElement?.textContent).toBe(before.documentElement?.textContent);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads each named reference as the parser does', () => {
    for (const [name, char] of Object.entries(NAMED_REFERENCES)) {
      expect(parse(`<p>&${name};</p>`).querySelector('p')?.textContent, name).toBe(char);
    }
  });

  it('makes one text node of a run of references', () => {
    const html = `<p>${'Pay&nbsp;&#x2014;&#36;90&#0;&amp;&mdash; '.repeat(50)}</p>`;
    const merged = mergeTextReferences(html);
    expect(textNodes(parse(merged))).toBe(1);
    expect(textNodes(parse(html))).toBeGreaterThan(250);
  });

  it('leaves references where a written character would read differently', () => {
    expect(mergeTextReferences('<p>&lt;b&gt;</p>')).toBe('<p>&lt;b></p>');
    expect(mergeTextReferences('<p>&amp;nbsp; &#65; &#10; &#150;</p>')).toBe(
      '<p>&amp;nbsp; &#65; &#10; &#150;</p>',
    );
    expect(mergeTextReferences('<p title="&mdash;">&mdash;</p>')).toBe(
      '<p title="&mdash;">\u2014</p>',
    );
    expect(mergeTextReferences('<script>"&mdash;"</script><!-- &mdash; -->')).toBe(
      '<script>"&mdash;"</script><!-- &mdash; -->',
    );
  });

  it('returns the same string when there is nothing to read', () => {
    const html = '<p>R&amp;D</p>';
    expect(mergeTextReferences(html)).toBe(html);
    expect(mergeTextReferences('<p>R &amp; D</p>')).toBe('<p>R & D</p>');
  });
});
