import { describe, expect, it } from 'vitest';
import { adapterFor, CONTENT_SCRIPT_MATCHES, SITE_ADAPTERS } from './registry.ts';
import { SITE_URLS, siteForUrl } from './site-urls.ts';
import { URL_EXAMPLES } from './url-examples.ts';

/** Chrome match-pattern semantics, enough for scheme://host/path patterns. */
function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const h = url.hostname;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (h !== base && !h.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && host !== h) return false;
  const re = new RegExp(
    `^${path
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(url.pathname);
}

const examplesOf = (id: string) => URL_EXAMPLES[id] ?? { match: [], noMatch: [] };

describe.each(SITE_ADAPTERS.map((a, i) => [a.id, a, SITE_URLS[i]] as const))(
  '%s adapter',
  (id, adapter, site) => {
    const examples = examplesOf(id);

    it('is built on the URL module the content script loads (same order, same test)', () => {
      expect(site?.id).toBe(id);
      expect(adapter.jobIdFromUrl).toBe(site?.jobIdFromUrl);
    });

    it('has at least three examples each way', () => {
      expect(examples.match.length).toBeGreaterThanOrEqual(3);
      expect(examples.noMatch.length).toBeGreaterThanOrEqual(3);
    });

    it.each(examples.match)('matches %s and finds its job id', (url) => {
      const u = new URL(url);
      expect(adapter.matches(u)).toBe(true);
      expect(adapter.jobIdFromUrl(u)).toMatch(/^[\w-]+$/);
      expect(adapterFor(u)?.id).toBe(adapter.id);
      expect(siteForUrl(u)?.id).toBe(adapter.id);
    });

    it.each(examples.noMatch)('does not match %s', (url) => {
      const u = new URL(url);
      expect(adapter.matches(u)).toBe(false);
      expect(adapter.jobIdFromUrl(u)).toBeNull();
      expect(siteForUrl(u)?.id).not.toBe(adapter.id);
    });

    it.each(examples.match.filter((u) => !u.includes('gh_jid=')))(
      'is injected by a manifest pattern on %s',
      (url) => {
        expect(CONTENT_SCRIPT_MATCHES.some((p) => patternMatches(p, new URL(url)))).toBe(true);
      },
    );
  },
);

it('has examples for every site and no others', () => {
  expect(Object.keys(URL_EXAMPLES).sort()).toEqual(SITE_ADAPTERS.map((a) => a.id).sort());
});

describe('adapterFor', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/3912345678/', 'linkedin', '3912345678'],
    [
      'https://de.linkedin.com/jobs/view/backend-developer-at-acme-gmbh-3912345678?refId=x',
      'linkedin',
      '3912345678',
    ],
    ['https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b', 'indeed', '1a2b3c4d5e6f7a8b'],
    ['https://boards.greenhouse.io/acme/jobs/4012345', 'greenhouse', '4012345'],
    ['https://careers.example.org/open-roles/?gh_jid=4012345', 'greenhouse', '4012345'],
    [
      'https://jobs.lever.co/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
      'lever',
      '0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
    ],
    ['https://acme.wd3.myworkdayjobs.com/en-US/Ext/job/Oslo/Engineer_R-42', 'workday', 'R-42'],
    [
      'https://acme.wd3.myworkdayjobs.com/wday/cxs/acme/Ext/job/Oslo/Engineer_R-42',
      'workday',
      'R-42',
    ],
    [
      'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
      'ashby',
      '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
    ],
    [
      'https://jobs.smartrecruiters.com/AcmeCorp/743999912345678-cook',
      'smartrecruiters',
      '743999912345678',
    ],
    ['https://apply.workable.com/acme/j/1A2B3C4D5E/', 'workable', '1A2B3C4D5E'],
    ['https://careers-acme.icims.com/jobs/12345/cook/job?in_iframe=1', 'icims', '12345'],
  ])('%s -> %s', (url, id, jobId) => {
    const adapter = adapterFor(new URL(url));
    expect(adapter?.id).toBe(id);
    expect(adapter?.jobIdFromUrl(new URL(url))).toBe(jobId);
  });

  it.each([
    'https://example.com/',
    'https://news.example.com/2024/03/hiring-spree',
    'file:///home/me/job.html',
    'https://github.com/acme/jobs/4012345',
    'https://greenhouse.io.evil.com/acme/jobs/4012345',
    'ftp://boards.greenhouse.io/acme/jobs/4012345',
  ])('finds no adapter for %s', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('gives every adapter a unique id', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has only well-formed manifest patterns', () => {
    for (const p of CONTENT_SCRIPT_MATCHES) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
  });
});
