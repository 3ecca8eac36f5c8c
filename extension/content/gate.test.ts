import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../../src/dom/linkedom-env.ts';
import { mayBePosting } from './gate.ts';

const page = (body: string, head = '<title>Page</title>') =>
  parseHtmlLinkedom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","title":"Welder"}</script>`;

const APPLY = '<button>Apply now</button>';

describe('mayBePosting', () => {
  it.each<[string, string, string, string, boolean, boolean]>([
    // label, url, head, body, supported site, want
    ['an adapter job URL', 'https://boards.greenhouse.io/acme/jobs/4012345', '', '', true, true],
    ['JSON-LD in the body', 'https://example.test/x', '', ld('JobPosting'), false, true],
    ['JSON-LD in the head', 'https://example.test/x', ld('JobPosting'), '', false, true],
    [
      'JSON-LD on a supported site, not a job URL (its URLs decide)',
      'https://www.indeed.com/x',
      ld('JobPosting'),
      '',
      true,
      false,
    ],
    ['other JSON-LD only', 'https://example.test/x', ld('NewsArticle'), '<p>hi</p>', false, false],
    [
      'careers advice on a supported site',
      'https://www.indeed.com/career-advice/pay/x',
      '',
      '<h1>How to talk about pay</h1><a href="/jobs">Find jobs</a>',
      true,
      false,
    ],
    [
      'job words and an apply button on a supported site, not a job URL',
      'https://www.indeed.com/career-advice/pay/x',
      '',
      `<h1>Welder</h1>${APPLY}`,
      true,
      false,
    ],
    [
      'an apply button without job words',
      'https://www.greenhouse.io/blog/interviews',
      '',
      `<h1>Interviews</h1>${APPLY}`,
      true,
      false,
    ],
    [
      'job words off the supported sites (the user chose to run there)',
      'https://careers.acme.test/openings/welder',
      '',
      '<h1>Welder</h1>',
      false,
      true,
    ],
    [
      'job words in the title',
      'https://example.test/x',
      '<title>Jobs at Acme</title>',
      '',
      false,
      true,
    ],
    [
      'a blog page',
      'https://www.greenhouse.io/blog/interviews',
      '',
      '<h1>Interviews</h1>',
      true,
      false,
    ],
  ])('%s', (_label, url, head, body, matched, want) => {
    expect(mayBePosting(() => page(body, head), new URL(url), matched)).toBe(want);
  });

  it('on a supported site, never touches the DOM', () => {
    const untouchable = (): Document => {
      throw new Error('the DOM was read');
    };
    for (const url of ['https://www.indeed.com/career-advice/x', 'https://www.greenhouse.io/blog'])
      expect(mayBePosting(untouchable, new URL(url), true)).toBe(false);
  });
});
