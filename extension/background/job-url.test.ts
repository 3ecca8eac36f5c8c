import { describe, expect, it } from 'vitest';
import { backgroundLooksAt, isJobUrl } from './job-url.ts';

const BOARD = 'https://job-boards.greenhouse.io/acme';
const JOB = 'https://job-boards.greenhouse.io/acme/jobs/1234567';
const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=rust';
const SEARCH_JOB = 'https://www.linkedin.com/jobs/search/?keywords=rust&currentJobId=4100000002';

describe("isJobUrl: a career site's job URL", () => {
  it('a job URL on a career site', () => {
    expect(isJobUrl(JOB)).toBe(true);
    expect(isJobUrl(SEARCH_JOB)).toBe(true);
    expect(isJobUrl('https://www.linkedin.com/jobs/view/4100000001/')).toBe(true);
  });

  it('not a board, a search with no job open, a page off the content patterns, junk', () => {
    expect(isJobUrl(BOARD)).toBe(false);
    expect(isJobUrl(SEARCH)).toBe(false);
    expect(isJobUrl('https://www.linkedin.com/feed/')).toBe(false);
    expect(isJobUrl('https://www.indeed.com/career-advice/x?vjk=0123456789abcdef')).toBe(false);
    expect(isJobUrl('not a url')).toBe(false);
    expect(isJobUrl('https://example.com/jobs/1234567')).toBe(false);
  });
});

describe('backgroundLooksAt: top-frame job URLs, not a frame site', () => {
  it('reads a job page itself, but leaves iCIMS to the content script in its frames', () => {
    expect(backgroundLooksAt(JOB)).toBe(true);
    expect(backgroundLooksAt(BOARD)).toBe(false);
    const icims = 'https://careers-acme.icims.com/jobs/1234/software-engineer/job';
    expect(isJobUrl(icims)).toBe(true);
    expect(backgroundLooksAt(icims)).toBe(false);
  });
});
