import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../src/node/node-env.ts';
import { pageHint, postingEvidence } from './gate.ts';

const page = (body: string, head = '<title>Page</title>') =>
  parseHtmlNode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","title":"Welder"}</script>`;

describe('pageHint', () => {
  it.each<[string, string, string, string, ReturnType<typeof pageHint>]>([
    ['an adapter job URL', 'https://boards.greenhouse.io/acme/jobs/4012345', '', '', 'job-url'],
    ['JSON-LD in the body', 'https://example.test/x', '', ld('JobPosting'), 'json-ld'],
    ['JSON-LD in the head', 'https://example.test/x', ld('JobPosting'), '', 'json-ld'],
    ['other JSON-LD only', 'https://example.test/x', ld('NewsArticle'), '<p>hi</p>', null],
    ['job words in the URL', 'https://www.indeed.com/career-advice/pay/x', '', '<p>x</p>', 'words'],
    [
      'job words in the title',
      'https://example.test/x',
      '<title>Jobs at Acme</title>',
      '',
      'words',
    ],
    ['a blog page', 'https://www.greenhouse.io/blog/interviews', '', '<h1>Interviews</h1>', null],
  ])('%s', (_label, url, head, body, want) => {
    expect(pageHint(page(body, head), new URL(url))).toBe(want);
  });
});

describe('postingEvidence', () => {
  it.each<[string, string, boolean]>([
    ['an apply button', '<h1>Welder</h1><button> Apply now </button>', true],
    ['an apply link with an arrow', '<a href="/apply">Apply for this job →</a>', true],
    ['a submit input', '<form><input type="submit" value="Submit application"></form>', true],
    ['a German apply link', '<a href="/b">Jetzt bewerben</a>', true],
    [
      'duties and requirements headings',
      '<h2>What you’ll do</h2><p>Weld.</p><h2>Requirements:</h2><p>Two years.</p>',
      true,
    ],
    [
      'requirements and benefits in bold',
      '<b>Qualifications</b><p>x</p><strong>Perks</strong>',
      true,
    ],
    ['one posting heading only', '<h2>Requirements</h2><p>A visa for the trip.</p>', false],
    [
      'a careers-advice article',
      '<h1>How to talk about pay</h1><h2>Know the range</h2><h2>Ask about the whole package</h2><a href="/jobs">Find jobs</a>',
      false,
    ],
    [
      'apply inside a sentence',
      '<a href="/x">How to apply for a job you are not qualified for</a>',
      false,
    ],
    ['apply without a link', '<span>Apply now</span>', false],
    [
      'headings too long to be headings',
      `<h2>${'Responsibilities '.repeat(6)}</h2><h2>${'Benefits '.repeat(10)}</h2>`,
      false,
    ],
  ])('%s', (_label, body, want) => {
    expect(postingEvidence(page(body))).toBe(want);
  });
});
