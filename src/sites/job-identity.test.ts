import { describe, expect, it } from 'vitest';
import { canonicalJobUrl, jobKey } from './job-identity.ts';

describe('canonicalJobUrl', () => {
  it.each([
    [
      'lower-cases the host, drops the fragment',
      'https://Boards.Greenhouse.IO/acme/jobs/123#app',
      'https://boards.greenhouse.io/acme/jobs/123',
    ],
    [
      'drops utm_* and click ids',
      'https://example.com/careers/42?utm_source=x&utm_medium=y&gclid=1&fbclid=2',
      'https://example.com/careers/42',
    ],
    [
      'drops ATS source tags',
      'https://jobs.lever.co/acme/abc?lever-source=LinkedIn&source=x&ref=y',
      'https://jobs.lever.co/acme/abc',
    ],
    [
      'drops LinkedIn tracking',
      'https://www.linkedin.com/jobs/view/123/?refId=a&trackingId=b&trk=c',
      'https://www.linkedin.com/jobs/view/123',
    ],
    [
      'keeps gh_jid, drops gh_src',
      'https://acme.com/careers?gh_src=abc&gh_jid=456',
      'https://acme.com/careers?gh_jid=456',
    ],
    [
      'keeps currentJobId',
      'https://www.linkedin.com/jobs/search/?trk=x&currentJobId=789',
      'https://www.linkedin.com/jobs/search?currentJobId=789',
    ],
    [
      'keeps jk',
      'https://www.indeed.com/viewjob?from=serp&jk=abcdef12',
      'https://www.indeed.com/viewjob?jk=abcdef12',
    ],
    ['sorts what is kept', 'https://example.com/job?b=2&a=1', 'https://example.com/job?a=1&b=2'],
    ['leaves a root path alone', 'https://example.com/', 'https://example.com/'],
    ['returns non-URLs trimmed', '  not a url ', 'not a url'],
  ])('%s', (_, input, expected) => {
    expect(canonicalJobUrl(input)).toBe(expected);
  });

  it('gives the same URL for the same job reached by different links', () => {
    const a = canonicalJobUrl('https://jobs.lever.co/acme/abc/?lever-source=Indeed#top');
    const b = canonicalJobUrl('https://JOBS.lever.co/acme/abc?utm_campaign=spring');
    expect(a).toBe(b);
  });
});

describe('jobKey', () => {
  it.each([
    ['known site and id', 'https://anything.example/x', 'greenhouse', '123', 'greenhouse:123'],
    [
      'id found from the URL',
      'https://www.linkedin.com/jobs/view/senior-cook-at-acme-3912345678/?trk=x',
      null,
      null,
      'linkedin:3912345678',
    ],
    [
      'same LinkedIn job from search',
      'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=cook',
      null,
      null,
      'linkedin:3912345678',
    ],
    [
      'site given, id from URL',
      'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      'indeed',
      null,
      'indeed:1a2b3c4d5e6f7a8b',
    ],
    [
      'generic page falls back to the canonical URL',
      'https://example.com/careers/cook?utm_source=x',
      null,
      null,
      'https://example.com/careers/cook',
    ],
    [
      'site with no id falls back too',
      'https://example.com/careers/cook',
      'generic',
      null,
      'https://example.com/careers/cook',
    ],
  ])('%s', (_, url, site, id, expected) => {
    expect(jobKey(url, site, id)).toBe(expected);
  });

  it("does not mix another adapter's id into a given site", () => {
    expect(jobKey('https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b', 'lever', null)).toBe(
      'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
    );
  });
});
