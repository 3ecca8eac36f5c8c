import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { chipValues } from './chip-values.ts';
import { diceUrl } from './dice-url.ts';
import { firstOutside, payOutside, textOutside } from './outside-cards.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

/** Other jobs: search cards, the similar and recommended jobs beside a posting. */
const CARDS =
  '[data-testid="job-search-serp-card"], [data-testid="job-card"], dhi-search-card, [data-cy="similarJobs"], [data-testid="similar-jobs"], [data-testid="recommended-jobs"]';
const DESCRIPTION = [
  '[data-testid="jobDescriptionHtml"]',
  '[data-cy="jobDescription"]',
  '#jobDescription',
];
const TITLE = ['h1[data-cy="jobTitle"]', '[data-testid="job-detail-header-card"] h1', 'h1'];
const COMPANY = [
  'a[data-cy="companyNameLink"]',
  '[data-cy="companyNameLink"]',
  '[data-cy="companyName"]',
];
const LOCATION = [
  'li[data-cy="location"]',
  '[data-cy="locationDetails"] span[id^="location:"]',
  '[data-cy="companyLocation"]',
];
/** The pay chip; its id repeats the text ("payChip:USD 120,000 - 140,000 per year"). */
const PAY = ['span[id^="payChip"]', '[data-cy="payDetails"]', '[data-cy="compensationText"]'];
const CHIPS = ['span[id^="employmentDetailChip"]', '[data-cy="locationDetails"] span'];

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Dice', () => {
    const text = joinedText([firstOutside(doc, DESCRIPTION, CARDS)]);
    const pay = payOutside(doc, PAY, CARDS, { max: 2 });
    const chips = chipValues(doc, CHIPS, CARDS);
    const fields: PageFields = {
      source: 'adapter',
      jobId: diceUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? textOutside(doc, TITLE, CARDS) : null,
      company: textOutside(doc, COMPANY, CARDS),
      locations: locationList(textOutside(doc, LOCATION, CARDS)),
      employmentType: chips.employmentType,
      workplace: chips.workplace,
      descriptionText: text,
      reasons: ['Dice job page (similar jobs ignored)'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const dice: SiteAdapter = {
  ...urlPart(diceUrl),
  name: 'Dice',
  extract,
};
