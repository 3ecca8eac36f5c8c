import { firstMatch, firstText } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { hostIs, isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

/** SEEK and the sites on its platform (same markup). */
const DOMAINS = ['seek.com.au', 'seek.co.nz', 'jobstreet.com', 'jobsdb.com'];
const ID = /^\d{6,12}$/;

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || !DOMAINS.some((d) => hostIs(url, d))) return null;
  const parts = pathParts(url);
  // /job/{id} (optionally /job/{id}/apply); search pages with a job open carry ?jobId=
  if (parts[0] === 'job' && ID.test(parts[1] ?? '')) return parts[1] as string;
  const open = url.searchParams.get('jobId') ?? '';
  return ID.test(open) ? open : null;
}

function auto(id: string): string {
  return `[data-automation="${id}"]`;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('SEEK', () => {
    // On a search page the job sits in a split-view pane beside the result cards.
    const root = firstMatch(doc, [auto('splitViewDetails'), auto('jobDetailsPage')]) ?? doc;
    const description = firstMatch(root, [auto('jobAdDetails'), auto('jobDescription')]);
    const text = joinedText([description]);
    const salary = firstText(root, [auto('job-detail-salary')]);
    const fields: PageFields = {
      source: 'adapter',
      jobId: jobIdFromUrl(url),
      title: text ? firstText(root, [auto('job-detail-title'), 'h1']) : null,
      company: firstText(root, [auto('advertiser-name'), auto('job-detail-company')]),
      locations: locationList(firstText(root, [auto('job-detail-location')])),
      employmentType: employmentTypeOf(firstText(root, [auto('job-detail-work-type')])),
      descriptionText: text,
      reasons: ['SEEK job page'],
    };
    if (salary && /\d/.test(salary)) fields.salaryBlocks = [{ text: salary, location: null }];
    return fields;
  });
}

export const seek: SiteAdapter = {
  id: 'seek',
  name: 'SEEK',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://www.seek.com.au/job/81234567',
      'https://www.seek.co.nz/job/81234567?type=standout#sol=abc',
      'https://www.seek.com.au/software-engineer-jobs/in-All-Melbourne-VIC?jobId=81234567',
      'https://id.jobstreet.com/job/81234567',
    ],
    noMatch: [
      'https://www.seek.com.au/software-engineer-jobs/in-All-Melbourne-VIC',
      'https://www.seek.com.au/career-advice/article/how-to-write-a-resume',
      'https://www.seek.com.au/companies/acme-123456/reviews',
      'https://www.seek.com.au.evil.com/job/81234567',
    ],
  },
};
