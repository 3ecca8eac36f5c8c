import { describe, expect, it } from 'vitest';
import { onHosts } from './site-url.ts';
import { onSupportedHost, SITE_URLS, siteForUrl } from './site-urls.ts';
import { URL_EXAMPLES } from './url-examples.ts';

/** Every site asked, as siteForUrl did before it looked at hosts first. */
function askEverySite(url: URL) {
  return SITE_URLS.find((s) => s.jobIdFromUrl(url) !== null) ?? null;
}

const EXTRA = [
  'https://www.acme.com/careers/open-roles?gh_jid=6123456',
  'https://www.acme.com/careers/open-roles?x=1&gh_jid=6123456',
  'https://WWW.INDEED.COM./viewjob?jk=1a2b3c4d5e6f7a8b',
  'https://job-boards.greenhouse.io./acme/jobs/4012345',
  'https://notindeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
  'https://indeed.com.evil.test/viewjob?jk=1a2b3c4d5e6f7a8b',
  'https://www.seek.co.nz/job/81234567',
  'https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Berlin/Welder_R-1234',
  'http://jobs.ashbyhq.com/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
  'ftp://jobs.lever.co/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
];

describe('siteForUrl', () => {
  const urls = [
    ...Object.values(URL_EXAMPLES).flatMap((e) => [...e.match, ...e.noMatch]),
    ...EXTRA,
  ];
  it.each(urls)('finds what asking every site finds: %s', (raw) => {
    const url = new URL(raw);
    expect(siteForUrl(url)?.id ?? null).toBe(askEverySite(url)?.id ?? null);
  });

  it('never asks a site off its hosts (without its any-host parameter)', () => {
    const asked: string[] = [];
    const spied = SITE_URLS.map((s) => ({ s, f: s.jobIdFromUrl }));
    try {
      for (const { s, f } of spied)
        (s as { jobIdFromUrl: typeof f }).jobIdFromUrl = (u) => {
          asked.push(s.id);
          return f(u);
        };
      siteForUrl(new URL('https://job-boards.greenhouse.io/acme'));
      expect(asked).toEqual(['greenhouse']);
    } finally {
      for (const { s, f } of spied) (s as { jobIdFromUrl: typeof f }).jobIdFromUrl = f;
    }
  });
});

describe('onHosts', () => {
  it.each([
    ['indeed.com', ['*.indeed.com'], true],
    ['uk.indeed.com', ['*.indeed.com'], true],
    ['notindeed.com', ['*.indeed.com'], false],
    ['indeed.com.evil.test', ['*.indeed.com'], false],
    ['jobs.lever.co', ['jobs.lever.co'], true],
    ['x.jobs.lever.co', ['jobs.lever.co'], false],
    ['lever.co', ['jobs.lever.co'], false],
    ['', ['*.indeed.com'], false],
  ] as const)('%s on %j: %s', (host, hosts, expected) => {
    expect(onHosts(host, hosts)).toBe(expected);
  });
});

describe('onSupportedHost', () => {
  it.each([
    ['https://job-boards.greenhouse.io/acme', true],
    ['https://www.greenhouse.io/blog', false],
    ['https://www.indeed.com/career-advice/x', true],
    ['https://www.linkedin.com/feed/', true],
    ['https://www.weeklyledger.example/work', false],
    ['https://www.acme.com/careers?gh_jid=6123456', false],
  ] as const)('%s: %s', (raw, expected) => {
    expect(onSupportedHost(new URL(raw))).toBe(expected);
  });
});
