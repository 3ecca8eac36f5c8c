import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeParseEnv, parseHtmlNode } from '../../src/node/node-env.ts';
import { extractDocument, pageOrigin } from '../../src/parse/extract-document.ts';
import { parseDocument } from '../../src/parse/parse-document.ts';
import { postingFromSnapshot } from '../core/build.ts';
import { PageSnapshot } from './snapshot.ts';
import { boundSnapshot, SNAPSHOT_LIMITS } from './snapshot-limits.ts';

const fixture = (dir: string, name: string) =>
  readFileSync(new URL(`../../${dir}/${name}`, import.meta.url), 'utf8');

const PAGES = [
  [
    'https://boards.greenhouse.io/northwind/jobs/4012345',
    fixture('e2e/fixtures', 'greenhouse-posting.html'),
  ],
  [
    'https://jobs.lever.co/brightpath/8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d',
    fixture('e2e/fixtures', 'lever-posting.html'),
  ],
  [
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Engineer_R-1',
    fixture('e2e/fixtures', 'workday-posting.html'),
  ],
  [
    'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
    fixture('e2e/fixtures', 'ashby-posting.html'),
  ],
  ['https://careers.example.org/jobs/42', fixture('e2e/fixtures', 'company-jsonld.html')],
  ['https://boards.greenhouse.io/northwind', fixture('e2e/fixtures', 'careers-index.html')],
  [
    'https://apply.workable.com/nordlicht-freight/j/7C2D9E41AB/',
    fixture('bench/fixtures', 'jsonld-posting.html'),
  ],
  [
    'https://www.weeklyledger.example/work/talk-about-pay',
    fixture('bench/fixtures', 'news-article.html'),
  ],
] as const;

/** What the content script sends: the snapshot through the message wire (a JSON-like clone). */
function sent(url: string, html: string) {
  const doc = parseHtmlNode(html);
  const snapshot = boundSnapshot(extractDocument(doc, pageOrigin(doc, url), nodeParseEnv));
  return JSON.parse(JSON.stringify(snapshot)) as unknown;
}

describe('page snapshot: read in the page, built in the background', () => {
  it.each(PAGES)('%s: the same posting as a parse in one go', (url, html) => {
    const checked = PageSnapshot.safeParse(sent(url, html));
    expect(checked.success).toBe(true);
    if (!checked.success) return;
    const whole = parseDocument(parseHtmlNode(html), url, nodeParseEnv);
    expect(postingFromSnapshot(checked.data)).toEqual(whole);
  });

  it('a page far longer than a posting is cut to the limits, not refused', () => {
    const huge = `<html><body><main><h1>Welder</h1><p>${'weld '.repeat(90_000)}</p></main></body></html>`;
    const snapshot = sent('https://careers.example.org/jobs/1', huge) as { fallbackText: string };
    expect(snapshot.fallbackText.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.text);
    expect(PageSnapshot.safeParse(snapshot).success).toBe(true);
  });

  it.each([
    ['not an object', 'x'],
    [
      'no sources list',
      {
        url: 'https://a.test/',
        fallbackText: '',
        fallbackTitle: null,
        adapterId: null,
        hasJobPostingJsonLd: false,
      },
    ],
    [
      'a text over the limit',
      {
        url: 'https://a.test/',
        sources: [],
        fallbackText: 'x'.repeat(SNAPSHOT_LIMITS.text + 1),
        fallbackTitle: null,
        adapterId: null,
        hasJobPostingJsonLd: false,
      },
    ],
    [
      'an unknown source kind',
      {
        url: 'https://a.test/',
        sources: [{ source: 'rumour' }],
        fallbackText: '',
        fallbackTitle: null,
        adapterId: null,
        hasJobPostingJsonLd: false,
      },
    ],
    [
      'too many sources',
      {
        url: 'https://a.test/',
        sources: Array.from({ length: SNAPSHOT_LIMITS.sources + 1 }, () => ({ source: 'adapter' })),
        fallbackText: '',
        fallbackTitle: null,
        adapterId: null,
        hasJobPostingJsonLd: false,
      },
    ],
  ])('the background refuses %s', (_label, raw) => {
    expect(PageSnapshot.safeParse(raw).success).toBe(false);
  });

  it('a snapshot the builder cannot use is "not a posting", never a throw', () => {
    const odd = {
      url: 'https://a.test/',
      sources: [],
      fallbackText: '',
      fallbackTitle: null,
      adapterId: null,
      hasJobPostingJsonLd: false,
    };
    expect(postingFromSnapshot(odd)).toMatchObject({ isPosting: false });
  });
});
