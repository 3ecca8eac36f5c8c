import fc from 'fast-check';
import { lyingAshbyPosting } from './api-arbitraries.ts';
import { ATTRIBUTES, ENTITIES, MARKUP, TAGS } from './html-pieces.ts';
import { brokenJsonLdScript } from './json-ld-arbitraries.ts';
import { adversarialPiece, brokenSalaryLine, noisyPostingText } from './text-arbitraries.ts';

/** Ashby job pages carry the posting as `window.__appData = {...}`, sometimes cut short. */
const ashbyAppDataScript = fc
  .tuple(lyingAshbyPosting, fc.option(fc.nat(), { nil: null }))
  .map(([posting, cut]) => {
    const json = JSON.stringify({ organization: { name: 'Acme' }, posting }).replace(
      /<\/script/gi,
      '<\\/script',
    );
    const body = cut === null ? json : json.slice(0, cut % (json.length + 1));
    return `<script>window.__appData = ${body};</script>`;
  });

const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }))
  .map(([tag, attrs]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`);

const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);

/** One token of a page; a stream of them is unbalanced, unclosed and misnested by nature. */
const htmlToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: openTag, weight: 6 },
  { arbitrary: closeTag, weight: 4 },
  { arbitrary: adversarialPiece, weight: 8 },
  { arbitrary: brokenSalaryLine, weight: 2 },
  { arbitrary: fc.constantFrom(...ENTITIES), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: brokenJsonLdScript, weight: 1 },
  { arbitrary: ashbyAppDataScript, weight: 1 },
);

/** Wraps `html` in `depth` unclosed-or-closed levels of one tag. */
export function nest(html: string, depth: number, tag: string, close: boolean): string {
  const open = `<${tag}>`.repeat(depth);
  return close ? `${open}${html}${`</${tag.split(' ')[0]}>`.repeat(depth)}` : `${open}${html}`;
}

/** Nesting depths: mostly flat; the 10,000 level case lives in the long fuzz run and tests. */
export function nestingArb(depths: readonly number[]): fc.Arbitrary<{
  depth: number;
  tag: string;
  close: boolean;
}> {
  return fc.record({
    depth: fc.constantFrom(...depths),
    tag: fc.constantFrom('div', 'span', 'ul><li', 'table><tr><td', 'b', 'section class="x"'),
    close: fc.boolean(),
  });
}

/** Random broken HTML: a token soup, optionally truncated and wrapped in deep nesting. */
export function brokenHtml(depths: readonly number[] = [0, 0, 0, 3, 200]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(htmlToken, { maxLength: 50 }),
      fc.option(fc.nat(), { nil: null }),
      nestingArb(depths),
    )
    .map(([tokens, cut, n]) => {
      const soup = tokens.join('');
      const truncated = cut === null ? soup : soup.slice(0, cut % (soup.length + 1));
      return nest(truncated, n.depth, n.tag, n.close);
    });
}

/**
 * A posting page (title, description, pay, maybe JSON-LD) broken by noise, truncation and
 * nesting: structured enough to reach the salary and skill readers.
 */
export function brokenPostingHtml(
  depths: readonly number[] = [0, 0, 0, 3, 200],
): fc.Arbitrary<string> {
  return fc
    .tuple(
      noisyPostingText,
      fc.array(htmlToken, { maxLength: 12 }),
      fc.option(brokenJsonLdScript, { nil: '' }),
      nestingArb(depths),
      // Truncated one time in four: a whole page must be read too.
      fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.nat(), weight: 1 }),
    )
    .map(([text, noise, ld, n, cut]) => {
      const lines = text.split('\n');
      const body = lines
        .map((line, i) => `${i === 0 ? '<h1>' : '<p>'}${line}${noise[i] ?? ''}`)
        .join('\n');
      const page = `<html><head><title>Job</title>${ld}</head><body>${nest(body, n.depth, n.tag, n.close)}</body></html>`;
      return cut === null ? page : page.slice(0, cut % (page.length + 1));
    });
}
