import { describe, expect, it } from 'vitest';
import type { From } from '../messaging/check-incoming.ts';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';
import { PageHtml } from '../messaging/parse-messages.ts';
import { createParseHandlers } from './parse-handlers.ts';

const URL_ = 'https://boards.greenhouse.io/acme/jobs/4012345';
const HTML = `<html><head><title>Welder at Acme</title></head><body><div id="app_body">
<h1 class="app-title">Welder</h1><div id="content"><h2>Responsibilities</h2><p>Weld steel frames.</p>
<h2>Requirements</h2><p>3+ years of TIG welding. Salary: $60,000 - $75,000 per year.</p></div></div></body></html>`;
const page = (url: string) => ({ url, html: HTML, cut: false });
const content = (url: string): From => ({ kind: 'content', tabId: 3, url, frameId: 0 });

describe('page/parse', () => {
  const parse = createParseHandlers()['page/parse'];

  it('parses the HTML of the sending page, with its job key', async () => {
    const { key, posting } = await parse(page(URL_), content(URL_));
    expect(posting).toMatchObject({ isPosting: true, site: 'greenhouse', jobId: '4012345' });
    expect(posting.salary[0]).toMatchObject({ currency: 'USD', min: 60_000, max: 75_000 });
    expect(key).toContain('4012345');
  });

  it('a page that is not a posting has no key', async () => {
    const html = '<html><body><p>Our team had a picnic.</p></body></html>';
    const { key, posting } = await parse({ url: URL_, html, cut: false }, content(URL_));
    expect(posting.isPosting).toBe(false);
    expect(key).toBeNull();
  });

  it('says so when the page was cut', async () => {
    const { posting } = await parse({ ...page(URL_), cut: true }, content(URL_));
    expect(posting.reasons.at(-1)).toMatch(/longer than 8,000,000 characters/);
  });

  it('refuses the HTML of another origin than the sender', () => {
    expect(() => parse(page('https://evil.test/jobs/1'), content(URL_))).toThrow(/outside/);
  });

  it('refuses anything but a content script', () => {
    expect(() => parse(page(URL_), { kind: 'page', page: 'popup', tabId: null })).toThrow(
      /content scripts/,
    );
  });

  it.each([
    ['not an object', 'x'],
    ['no HTML', { url: URL_, cut: false }],
    ['HTML over the limit', { url: URL_, html: 'x'.repeat(PAGE_HTML_LIMIT + 1), cut: false }],
    ['no cut flag', { url: URL_, html: HTML }],
  ])('the schema refuses %s', (_label, raw) => {
    expect(PageHtml.safeParse(raw).success).toBe(false);
  });
});
