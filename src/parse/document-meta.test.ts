import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { companyFromDocument, readPageMeta, urlFromDocument } from './document-meta.ts';

const page = (html: string) => parseHTML(html).document as unknown as Document;
const SAVED = '<!-- saved from url=(0042)https://jobs.example.com/postings/4242 -->';

describe('urlFromDocument', () => {
  it.each([
    [
      'a saved-page comment before <html>',
      `<!DOCTYPE html>${SAVED}<html><head></head><body>x</body></html>`,
    ],
    [
      'a saved-page comment in <head>',
      `<html><head>${SAVED}<title>t</title></head><body>x</body></html>`,
    ],
    [
      'a canonical link',
      '<html><head><link rel="canonical" href="https://jobs.example.com/postings/4242"></head><body></body></html>',
    ],
    [
      'og:url',
      '<html><head><meta property="og:url" content="https://jobs.example.com/postings/4242"></head><body></body></html>',
    ],
  ])('reads %s', (_name, html) => {
    expect(urlFromDocument(page(html))).toBe('https://jobs.example.com/postings/4242');
  });

  it('ignores the comment deep in the body and pages without one', () => {
    expect(
      urlFromDocument(
        page(`<html><head></head><body>${'<p>x</p>'.repeat(100)}${SAVED}</body></html>`),
      ),
    ).toBeNull();
    expect(urlFromDocument(page('<html><head></head><body>x</body></html>'))).toBeNull();
  });
});

describe('readPageMeta', () => {
  it('takes the first of each kind in document order, the head before the body', () => {
    const d = page(
      '<html><head><meta property="og:title" content="Head title"><meta property="og:site_name" content="Acme"></head><body><meta property="og:title" content="Body title"><meta property="og:url" content="https://acme.example/jobs/1"><link rel="canonical" href="https://acme.example/c/1"></body></html>',
    );
    const meta = readPageMeta(d);
    expect(meta.ogTitle?.getAttribute('content')).toBe('Head title');
    expect(meta.siteName?.getAttribute('content')).toBe('Acme');
    expect(meta.ogUrl?.getAttribute('content')).toBe('https://acme.example/jobs/1');
    expect(meta.canonical?.getAttribute('href')).toBe('https://acme.example/c/1');
    expect(companyFromDocument(d, meta)).toBe('Acme');
    expect(urlFromDocument(d, meta)).toBe('https://acme.example/c/1');
  });

  it('finds nothing on a page without hints', () => {
    expect(readPageMeta(page('<html><head></head><body><p>x</p></body></html>'))).toEqual({
      canonical: null,
      ogUrl: null,
      ogTitle: null,
      siteName: null,
    });
  });
});
