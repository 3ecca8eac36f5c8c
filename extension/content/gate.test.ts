import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../src/node/node-env.ts';
import { mayBePosting, postingEvidence } from './gate.ts';

const page = (body: string, head = '<title>Page</title>') =>
  parseHtmlNode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","title":"Welder"}</script>`;

const APPLY = '<button>Apply now</button>';

describe('mayBePosting', () => {
  it.each<[string, string, string, string, boolean, boolean]>([
    // label, url, head, body, supported site, want
    ['an adapter job URL', 'https://boards.greenhouse.io/acme/jobs/4012345', '', '', true, true],
    ['JSON-LD in the body', 'https://example.test/x', '', ld('JobPosting'), false, true],
    ['JSON-LD in the head', 'https://www.indeed.com/x', ld('JobPosting'), '', true, true],
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
      'job words and an apply button on a supported site',
      'https://www.indeed.com/career-advice/pay/x',
      '',
      `<h1>Welder</h1>${APPLY}`,
      true,
      true,
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
    expect(mayBePosting(page(body, head), new URL(url), matched)).toBe(want);
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
