import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { chipValues } from './chip-values.ts';
import { firstOutside, payOutside, textOutside } from './outside-cards.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { wellfoundUrl } from './wellfound-url.ts';

/** Other jobs: search results, the company's other openings, similar jobs. */
const CARDS =
  '[data-test="StartupResult"], [data-test="JobListing"], [class*="styles_jobListing"], [class*="styles_similarJobs"], [class*="styles_otherJobs"]';
const DESCRIPTION = [
  '[class*="styles_description__"]',
  '#job-description',
  '[data-test="JobDescription"]',
];
const TITLE = ['h1[class*="styles_title"]', '[data-test="JobTitle"]', 'h1'];
const COMPANY = [
  '[data-test="CompanyName"]',
  '[class*="styles_companyName"]',
  'a[href^="/company/"]',
];
const LOCATION = ['[data-test="JobLocation"]', '[class*="styles_location"]'];
/** "$120k – $160k • 0.05% – 0.25%": salary, then equity (which the salary reader leaves). */
const PAY = ['[data-test="Compensation"]', '[class*="styles_compensation"]'];
/** Job type and workplace tags; the place tag often says "Remote (United States)". */
const CHIPS = [
  ...LOCATION,
  '[data-test="JobType"]',
  '[class*="styles_jobType"]',
  '[class*="styles_remote"]',
];

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Wellfound', () => {
    const text = joinedText([firstOutside(doc, DESCRIPTION, CARDS)]);
    const pay = payOutside(doc, PAY, CARDS, { max: 2 });
    const chips = chipValues(doc, CHIPS, CARDS);
    const fields: PageFields = {
      source: 'adapter',
      jobId: wellfoundUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? textOutside(doc, TITLE, CARDS) : null,
      company: textOutside(doc, COMPANY, CARDS),
      locations: locationList(textOutside(doc, LOCATION, CARDS)),
      employmentType: chips.employmentType,
      workplace: chips.workplace,
      descriptionText: text,
      reasons: ['Wellfound job page (other jobs’ cards ignored)'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const wellfound: SiteAdapter = {
  ...urlPart(wellfoundUrl),
  name: 'Wellfound',
  extract,
};
