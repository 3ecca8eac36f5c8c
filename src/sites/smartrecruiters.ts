import { attr, firstMatch, firstText, queryAll, queryOne } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { smartrecruitersUrl } from './smartrecruiters-url.ts';

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
      jobId: smartrecruitersUrl.jobIdFromUrl(url),
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
  ...urlPart(smartrecruitersUrl),
  name: 'SmartRecruiters',
  extract,
};
