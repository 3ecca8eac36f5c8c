import { attr, firstMatch, firstText, queryAll, queryOne } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

const HOSTS = new Set(['jobs.smartrecruiters.com', 'careers.smartrecruiters.com']);
/** "/{Company}/{743999912345678}-senior-engineer": a long numeric id, then the slug. */
const ID_SLUG = /^(\d{6,20})(?:-|$)/;

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || !HOSTS.has(url.hostname.toLowerCase())) return null;
  const parts = pathParts(url);
  if (parts.length < 2) return null;
  return ID_SLUG.exec(parts[1] ?? '')?.[1] ?? null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('SmartRecruiters', () => {
    const sections = queryAll(
      doc,
      '.job-sections [itemprop], #st-companyDescription, #st-jobDescription, #st-qualifications, #st-additionalInformation',
    );
    const description =
      sections.length > 0
        ? sections
        : [firstMatch(doc, ['[itemprop="description"]', '.job-sections', 'main'])];
    const text = joinedText(description);
    return {
      source: 'adapter',
      jobId: jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? firstText(doc, ['h1.job-title', '[itemprop="title"]', 'h1']) : null,
      company:
        attr(queryOne(doc, '[itemprop="hiringOrganization"] [itemprop="name"]'), 'content') ??
        firstText(doc, [
          '[itemprop="hiringOrganization"] [itemprop="name"]',
          '.header-logo-company-name',
        ]),
      locations: locationList(
        firstText(doc, ['spl-job-location', '[itemprop="jobLocation"]', '.job-detail-location']),
      ),
      descriptionText: text,
      reasons: ['SmartRecruiters job page'],
    };
  });
}

export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://jobs.smartrecruiters.com/AcmeCorp/743999912345678-senior-backend-engineer',
      'https://careers.smartrecruiters.com/AcmeCorp/743999987654321-data-analyst?trid=abc',
      'https://jobs.smartrecruiters.com/AcmeCorp/743999912345678',
    ],
    noMatch: [
      'https://jobs.smartrecruiters.com/AcmeCorp',
      'https://careers.smartrecruiters.com/AcmeCorp/',
      'https://www.smartrecruiters.com/resources/',
      'https://jobs.smartrecruiters.com.evil.com/AcmeCorp/743999912345678-senior-backend-engineer',
      'https://jobs.smartrecruiters.com/AcmeCorp/about-us',
    ],
  },
};
