import { describe, expect, it } from 'vitest';
import { currencyFromUrl } from './url-currency.ts';

describe('currencyFromUrl', () => {
  it.each([
    ['https://www.seek.com.au/job/12345678', 'AUD'],
    ['https://au.indeed.com/viewjob?jk=abc', 'AUD'],
    ['https://uk.linkedin.com/jobs/view/123', 'GBP'],
    ['https://www.seek.co.nz/job/1', 'NZD'],
    ['https://jobs.example.de/stelle/7', 'EUR'],
    ['https://ca.indeed.com/viewjob?jk=1', 'CAD'],
    ['https://www.naukri.in/job/1', 'INR'],
    ['https://www.totaljobs.com/job/cook/the-inn-job104000001', 'GBP'],
    ['https://www.cwjobs.co.uk/job/104000002', 'GBP'],
    ['https://www.stepstone.at/stellenangebote--Koch-Graz--11223344-inline.html', 'EUR'],
  ])('%s -> %s', (url, code) => {
    expect(currencyFromUrl(new URL(url))).toBe(code);
  });

  it.each([
    'https://www.linkedin.com/jobs/view/123',
    'https://job-boards.greenhouse.io/acme/jobs/1',
    'https://jobs.lever.co/acme/abc',
    'https://www.indeed.com/viewjob?jk=1',
    'https://in.example.com/jobs/1',
    // a vendor's country domain hosting employers from anywhere
    'https://acme.jobs.personio.de/job/1482213',
    'https://notcaterer.com/job/1',
  ])('%s implies nothing', (url) => {
    expect(currencyFromUrl(new URL(url))).toBeNull();
  });

  it('handles no URL', () => {
    expect(currencyFromUrl(null)).toBeNull();
  });
});
