import fc from 'fast-check';
import { URL_EXAMPLES } from '../sites/url-examples.ts';

/** Every job URL the site adapters claim, so broken pages also go through each adapter. */
const SITE_URLS = Object.values(URL_EXAMPLES).flatMap((e) => e.match);

const ODD_URLS = [
  '',
  'not a url',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://',
  'http://[::1]:99999/',
  'https://example.com/jobs/1',
  `https://example.com/${'x'.repeat(10_000)}`,
  'https://xn--80ak6aa92e.com/\u202e/jobs',
  'https://boards.greenhouse.io/\ud800/jobs/1',
  'https://uk.indeed.com/viewjob?jk=abc',
  'https://www.seek.com.au/job/123',
];

/** A page URL: none, a real job site's, or a broken one. */
export const pageUrl: fc.Arbitrary<string | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.constantFrom(...SITE_URLS), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD_URLS), weight: 2 },
  { arbitrary: fc.webUrl(), weight: 1 },
);
