import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementText, mainContent, mainContentRoot, skipping } from './document-text.ts';

function doc(body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const PROSE =
  'We build tools for bakeries and need someone who enjoys ovens, queues and clean code. '.repeat(
    4,
  );

describe('mainContentRoot', () => {
  it.each([
    [
      'microdata description',
      `<div>menu</div><div itemscope itemtype="https://schema.org/JobPosting"><div itemprop="description">${PROSE}</div></div>`,
      'menu',
    ],
    ['<main>', `<div class="top">Top bar text</div><main>${PROSE}</main>`, 'Top bar text'],
    ['[role=main]', `<div>Top bar text</div><div role="main">${PROSE}</div>`, 'Top bar text'],
    ['a lone <article>', `<div>Top bar text</div><article>${PROSE}</article>`, 'Top bar text'],
  ])('prefers %s', (_, body, outside) => {
    const text = elementText(mainContentRoot(doc(body)));
    expect(text).toContain('bakeries');
    expect(text).not.toContain(outside);
  });

  it('falls back to body when no container has enough text', () => {
    const d = doc('<main>short</main><p>elsewhere</p>');
    expect(elementText(mainContentRoot(d))).toBe('short\nelsewhere');
  });

  it('does not take one of many articles (a feed) as the posting', () => {
    const d = doc(
      `<article>${PROSE}</article><article>${PROSE}</article><article>Third card ${PROSE}</article>`,
    );
    expect(elementText(mainContentRoot(d))).toContain('Third card');
  });

  it.each([
    ['aside', '<aside>Similar role: $200,000</aside>'],
    ['similar jobs by class', '<div class="similar-jobs">Other job $200,000</div>'],
    ['related by id', '<section id="related-positions">Other job $200,000</section>'],
    ['recommendations', '<div class="jobs-recommendations">Other job $200,000</div>'],
    ['sidebar', '<div class="page-sidebar">Other job $200,000</div>'],
    ['cookie banner', '<div id="cookie-banner">We use cookies $200,000</div>'],
    ['newsletter', '<div class="newsletter-signup">Subscribe $200,000</div>'],
    ['footer class', '<div class="site-footer">Links $200,000</div>'],
    ['complementary role', '<div role="complementary">Other job $200,000</div>'],
  ])('drops %s', (_, furniture) => {
    const d = doc(`<main><div class="description">${PROSE}</div>${furniture}</main>`);
    const text = elementText(mainContentRoot(d));
    expect(text).toContain('bakeries');
    expect(text).not.toContain('$200,000');
  });

  it('leaves the live page unchanged when it drops furniture', () => {
    const d = doc(`<main>${PROSE}<aside>side</aside></main>`);
    mainContentRoot(d);
    expect(d.querySelector('aside')).not.toBeNull();
  });

  it('keeps a layout wrapper whose class mentions a sidebar but holds the posting', () => {
    const d = doc(
      `<main><div class="layout has-sidebar"><div>${PROSE}</div><aside>nav bits</aside></div></main>`,
    );
    const text = elementText(mainContentRoot(d));
    expect(text).toContain('bakeries');
    expect(text).not.toContain('nav bits');
  });

  it('returns an element for an empty document', () => {
    const empty = parseHTML('').document as unknown as Document;
    expect(elementText(mainContentRoot(empty))).toBe('');
  });

  // Its time on big pages is the bench's (npm run bench -- --only families).
  it('reads a page of 8,000 furniture-looking boxes: the prose kept, the first box left out', () => {
    const boxes = Array.from({ length: 8_000 }, (_, i) => `<div class="related-card">c${i}x</div>`);
    const text = elementText(mainContentRoot(doc(`<main>${PROSE}${boxes.join('')}</main>`)));
    expect(text).toContain('bakeries');
    expect(text).not.toContain('c0x');
  });
});

describe('mainContent order and the copy-free text', () => {
  const OTHER =
    'Other prose about a different topic entirely, long enough to count as content. '.repeat(4);
  it.each([
    [
      'a JobPosting description before an earlier plain description',
      `<div itemprop="description">${OTHER}</div><div itemscope itemtype="https://schema.org/JobPosting"><div itemprop="description">${PROSE}</div></div>`,
    ],
    [
      'a description before an earlier <main>',
      `<main>${OTHER}</main><div itemprop="description">${PROSE}</div>`,
    ],
    [
      '<main> before an earlier [role=main]',
      `<div role="main">${OTHER}</div><main>${PROSE}</main>`,
    ],
    [
      '[role=main] before an earlier article',
      `<article>${OTHER}</article><div role="main">${PROSE}</div>`,
    ],
  ])('prefers %s', (_, body) => {
    const d = doc(body);
    const text = elementText(mainContentRoot(d));
    expect(text).toContain('bakeries');
    expect(text).not.toContain('different topic');
  });

  it('reads the same text without copying the page', () => {
    const d = doc(
      `<main><p>${PROSE}</p><aside>Similar jobs: $1,000,000</aside><div class="cookie-banner">We use cookies</div><p>Apply now.</p></main>`,
    );
    const main = mainContent(d);
    expect(main?.furniture).toHaveLength(2);
    const direct = main ? elementText(main.container, { skip: skipping(main) }) : '';
    expect(direct).toBe(elementText(mainContentRoot(d)));
    expect(direct).not.toContain('Similar jobs');
    expect(direct).toContain('Apply now.');
  });

  it('stops reading a huge container near the character limit', () => {
    const d = doc(`<main>${`<p>${PROSE}</p>`.repeat(50)}</main>`);
    const main = mainContent(d);
    const text = main ? elementText(main.container, { maxChars: 1000 }) : '';
    expect(text.length).toBeGreaterThan(900);
    expect(text.length).toBeLessThan(1000 + PROSE.length);
  });
});
