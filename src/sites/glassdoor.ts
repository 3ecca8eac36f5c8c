import { firstMatch, inlineText } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { namesBoard } from './board-estimate.ts';
import { glassdoorUrl } from './glassdoor-url.ts';
import { firstOutside, payOutside, textOutside } from './outside-cards.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

/** The open job's pane on a search page; a job page has none (the whole page is the job). */
const PANE = ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', '#JDCol'];
/** Other jobs: the search's result list, "similar jobs" under a posting. */
const CARDS =
  '[data-test="jobListing"], [class*="JobsList_jobListItem"], [class*="JobCard_jobCardContainer"], #MainCol';
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription_"]',
  '[class*="JobDetails_jobDescription"]',
  '#JobDescriptionContainer',
  '.jobDescriptionContent',
];
const TITLE = [
  'h1[id^="jd-job-title"]',
  '[data-test="job-details-header"] h1',
  '[class*="JobDetails_jobTitle"]',
  '[data-test="job-title"]',
  'h1',
];
const COMPANY = [
  '[class*="EmployerProfile_employerNameHeading"] h4',
  '[class*="EmployerProfile_employerName"]',
  '[data-test="employer-name"]',
];
const LOCATION = ['[data-test="location"]', '[class*="JobDetails_location"]'];
/** The header's pay line and the "Base pay range" box; never a card's. */
const PAY = ['[data-test="detailSalary"]', '[class*="SalaryEstimate_salaryRange"]'];

const namesGlassdoor = namesBoard('Glassdoor');

/** The range box's label ("Glassdoor est.") may stand beside it, in the pay section. */
function isEstimate(text: string, box: Element): boolean {
  const section = box.parentElement?.closest('[class*="SalaryEstimate_"]');
  return namesGlassdoor(text) || (!!section && namesGlassdoor(inlineText(section) ?? ''));
}

/** "Acme Robotics 4.2 ★": the rating beside the name (one decimal, or a star) is not part of it. */
function companyName(text: string | null): string | null {
  const name = text?.replace(/(?:\s+\d[.,]\d)?\s*★?\s*$/, '').trim();
  return name ? name : null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Glassdoor', () => {
    const root = firstMatch(doc, PANE) ?? doc;
    const text = joinedText([firstOutside(root, DESCRIPTION, CARDS)]);
    const pay = payOutside(root, PAY, CARDS, { notPay: isEstimate });
    const fields: PageFields = {
      source: 'adapter',
      jobId: glassdoorUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? textOutside(root, TITLE, CARDS) : null,
      company: companyName(textOutside(root, COMPANY, CARDS)),
      locations: locationList(textOutside(root, LOCATION, CARDS)),
      descriptionText: text,
      reasons: ['Glassdoor job page (other jobs’ cards and Glassdoor’s own pay estimates ignored)'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const glassdoor: SiteAdapter = {
  ...urlPart(glassdoorUrl),
  name: 'Glassdoor',
  extract,
};
