import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from './cap-nesting.ts';

function depthOf(html: string): number {
  const { document } = parseHTML(html);
  let depth = 0;
  for (
    let el: Element | null = document.documentElement;
    el?.lastElementChild;
    el = el.lastElementChild
  )
    depth++;
  return depth;
}

describe('capNesting', () => {
  it.each([
    ['a plain page', '<html><body><div><p>Salary: $100,000</p></div></body></html>'],
    ['500 levels (deep, but within the cap)', `${'<div>'.repeat(500)}x`],
    ['20,000 unclosed <li> (each closes the last)', `<ul>${'<li>Go'.repeat(20_000)}`],
    ['20,000 unclosed <p>', '<p>$1 - '.repeat(20_000)],
    ['20,000 table rows', `<table>${'<tr><td>1<td>2'.repeat(20_000)}</table>`],
    [
      'tags inside scripts and comments',
      `<script>${'<div>'.repeat(20_000)}</script><!-- ${'<b>'.repeat(20_000)} -->`,
    ],
    ['20,000 void tags', '<br><img src=x><hr>'.repeat(20_000)],
    ['quoted ">" in attributes', `${'<a title="a>b" href=\'x>y\'>'.repeat(100)}text`],
    ['an unterminated tag', '<div class="x'],
  ])('leaves %s unchanged', (_, html) => {
    expect(capNesting(html)).toBe(html);
  });

  it('blanks the tags past the cap and keeps their text', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}Salary: $100,000</body></html>`;
    const out = capNesting(html);
    expect(out).not.toBe(html);
    expect(out).toContain('Salary: $100,000');
    expect(depthOf(out)).toBeLessThanOrEqual(MAX_NESTING + 1);
    expect(parseHTML(out).document.body?.textContent?.trim()).toBe('Salary: $100,000');
  });

  it('counts opens and closes: balanced deep pairs stay as they are', () => {
    const html = '<div><span>x</span></div>'.repeat(50_000);
    expect(capNesting(html)).toBe(html);
  });

  it('caps at the depth given', () => {
    const out = capNesting(`${'<section>'.repeat(100)}x`, 10);
    expect(depthOf(`<html><body>${out}</body></html>`)).toBeLessThanOrEqual(12);
    expect(out.match(/<section>/g)).toHaveLength(10);
  });

  it('drops close tags that close nothing once the page is deep', () => {
    const html = `${'<div>'.repeat(2_000)}${'</span>'.repeat(100)}text`;
    const out = capNesting(html);
    expect(out).not.toContain('</span>');
    expect(out).toContain('text');
  });
});
