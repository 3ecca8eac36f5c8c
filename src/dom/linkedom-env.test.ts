import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/parse-document.ts';
import { linkedomEnv, parseHtmlLinkedom } from './linkedom-env.ts';

describe('parseHtmlLinkedom', () => {
  it.each([
    ['a fragment', '<p>Salary: $100,000</p>', 'Salary: $100,000'],
    ['a whole page', '<html><body><p>Hello</p></body></html>', 'Hello'],
    // Regression (found by src/fuzz): a file cut off inside its <html ...> tag gave a document
    // with no root element, and every DOM read on it threw.
    ['a page cut inside <html ', '<html ', ''],
    ['a page cut inside an attribute', '<html lang="en', ''],
    ['a page cut after an attribute', '<!doctype html>\n<html lang="en"', ''],
  ])('always gives a document with a root and a body: %s', (_, html, text) => {
    const doc = parseHtmlLinkedom(html);
    expect(doc.documentElement).not.toBeNull();
    expect(doc.body).not.toBeNull();
    expect((doc.body.textContent ?? '').trim()).toBe(text);
  });

  it('lets a site page cut inside <html> be read without an internal error', () => {
    const url = 'https://www.linkedin.com/jobs/view/3912345678/';
    const p = parseDocument(parseHtmlLinkedom('<html lang="en"'), url, linkedomEnv);
    expect(p.reasons.join(' ')).not.toMatch(/could not read/i);
  });
});
