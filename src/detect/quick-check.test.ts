import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikePostingCheap } from './quick-check.ts';

function doc(head: string, body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('looksLikePostingCheap', () => {
  it.each([
    ['an adapter URL', 'https://jobs.lever.co/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c', '', ''],
    [
      'JSON-LD JobPosting',
      'https://example.com/p/123',
      '<script type="application/ld+json">{"@type":"JobPosting"}</script>',
      '',
    ],
    ['a job word in the path', 'https://example.com/careers/baker', '', ''],
    [
      'a job word in the title',
      'https://example.com/p/1',
      '<title>Senior Baker - Hiring now</title>',
      '',
    ],
    ['a role in the first h1', 'https://example.com/p/1', '', '<h1>Staff Engineer, Ovens</h1>'],
  ])('says yes for %s', (_, url, head, body) => {
    expect(looksLikePostingCheap(doc(head, body), new URL(url))).toBe(true);
  });

  it.each([
    [
      'a recipe page',
      'https://example.com/recipes/bread',
      '<title>Sourdough bread</title>',
      '<h1>Sourdough</h1>',
    ],
    [
      'a news front page',
      'https://news.example.com/',
      '<title>Daily News</title>',
      '<h1>Top stories</h1>',
    ],
    [
      'JSON-LD of another type',
      'https://example.com/a',
      '<script type="application/ld+json">{"@type":"Recipe"}</script>',
      '',
    ],
  ])('says no for %s', (_, url, head, body) => {
    expect(looksLikePostingCheap(doc(head, body), new URL(url))).toBe(false);
  });

  // Its cost is bounded by construction, not by a clock (speed lives in `npm run bench`): the
  // walk stops after a fixed number of body elements, so a page's size cannot make it slower.
  it('looks at a bounded prefix of the body, however large the page', () => {
    const posting = '<script type="application/ld+json">{"@type":"JobPosting"}</script>';
    const url = new URL('https://example.com/gallery');
    const filler = (n: number) => '<div><p>Pictures of the sea.</p></div>'.repeat(n);
    // Early enough: found. Behind 20,000 elements: never reached (the full parse finds it).
    expect(looksLikePostingCheap(doc('<title>Gallery</title>', filler(100) + posting), url)).toBe(
      true,
    );
    expect(
      looksLikePostingCheap(doc('<title>Gallery</title>', filler(10_000) + posting), url),
    ).toBe(false);
  });
});

describe('looksLikePostingCheap, body scripts', () => {
  it('finds a JobPosting script early in the body', () => {
    const d = doc(
      '',
      '<div id="app"></div><script type="application/ld+json">{"@type":"JobPosting"}</script>',
    );
    expect(looksLikePostingCheap(d, new URL('https://example.com/p/9'))).toBe(true);
  });

  it('does not walk past its bound (deep JSON-LD is left to the full parse)', () => {
    const filler = '<p>x</p>'.repeat(5000);
    const d = doc(
      '',
      `${filler}<script type="application/ld+json">{"@type":"JobPosting"}</script>`,
    );
    expect(looksLikePostingCheap(d, new URL('https://example.com/p/9'))).toBe(false);
  });
});
