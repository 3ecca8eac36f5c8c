import { firstMatch } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { namesBoard } from './board-estimate.ts';
import { chipValues } from './chip-values.ts';
import { firstOutside, payOutside, textOutside } from './outside-cards.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { ziprecruiterUrl } from './ziprecruiter-url.ts';

/** The open job's pane on a search page (lk=); a job page has none. */
const PANE = ['[data-testid="job-details-scroll-container"]', '.job_details_pane'];
/** Other jobs: the search's result cards, suggested jobs under a posting. */
const CARDS = 'article[id^="job-card-"], .job_result, [data-testid="job-card"], .suggested_jobs';
const DESCRIPTION = ['.job_description', '.jobDescriptionSection', '[class*="job_description"]'];
const TITLE = ['h1.job_title', '.job_header h1', '.job_title', 'h1'];
const COMPANY = ['.hiring_company_text', '.t_company_name', '.hiring_company'];
const LOCATION = ['.hiring_location', '.t_location_link', '.location_text'];
const PAY = ['.t_compensation', '.job_salary', '.compensation_range'];
const CHIPS = ['.job_characteristics_data', '.job_characteristics li'];

const isEstimate = namesBoard('ZipRecruiter');

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('ZipRecruiter', () => {
    const root = firstMatch(doc, PANE) ?? doc;
    const text = joinedText([firstOutside(root, DESCRIPTION, CARDS)]);
    const pay = payOutside(root, PAY, CARDS, { notPay: isEstimate });
    const chips = chipValues(root, CHIPS, CARDS);
    const fields: PageFields = {
      source: 'adapter',
      jobId: ziprecruiterUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? textOutside(root, TITLE, CARDS) : null,
      company: textOutside(root, COMPANY, CARDS),
      locations: locationList(textOutside(root, LOCATION, CARDS)),
      employmentType: chips.employmentType,
      workplace: chips.workplace,
      descriptionText: text,
      reasons: ['ZipRecruiter job page (other jobs’ cards ignored)'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const ziprecruiter: SiteAdapter = {
  ...urlPart(ziprecruiterUrl),
  name: 'ZipRecruiter',
  extract,
};
