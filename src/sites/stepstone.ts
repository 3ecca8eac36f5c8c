import { firstMatch, firstText, inlineText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields, SalaryBlock } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { isPayEstimate } from './pay-estimate.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { stepstoneUrl } from './stepstone-url.ts';

/** StepStone's pages (and its sister boards') name their parts with data-at attributes. */
function at(name: string): string {
  return `[data-at="${name}"]`;
}

/**
 * Parts of the job ad that are not its text: the header and its metadata (read as fields),
 * the board's salary section (its own estimate, or a teaser to reveal one) and the company card.
 */
const NOT_TEXT = /^(?:job-ad-(?:header|salary|company-card)|header-|metadata-)/;

const NOT_TEXT_PARTS = `${at('job-ad-salary')}, ${at('job-ad-company-card')}`;

function isNotText(el: Element): boolean {
  const name = el.getAttribute('data-at');
  return name !== null && NOT_TEXT.test(name);
}

/** The header's pay line, when it states figures the employer gave. */
function headerPay(root: ParentNode): SalaryBlock[] {
  for (const el of queryAll(root, at('metadata-salary')).slice(0, 3)) {
    const text = inlineText(el);
    if (text && /\d/.test(text) && !isPayEstimate(text)) return [{ text, location: null }];
  }
  return [];
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('StepStone', () => {
    const content = firstMatch(doc, [at('job-ad-content')]);
    // Without the ad's wrapper, its text sections one by one (never the salary section's).
    const parts = content
      ? [content]
      : queryAll(doc, '[data-at^="section-text-"]')
          .slice(0, 20)
          .filter((el) => !el.closest(NOT_TEXT_PARTS));
    const text = joinedText(parts, { skip: isNotText });
    const pay = headerPay(doc);
    const fields: PageFields = {
      source: 'adapter',
      jobId: stepstoneUrl.jobIdFromUrl(url),
      // A title without the ad's text is a page chrome heading, not a job.
      title: text ? firstText(doc, [at('header-job-title'), 'h1']) : null,
      company: firstText(doc, [at('metadata-company-name')]),
      locations: locationList(firstText(doc, [at('metadata-location')])),
      employmentType:
        employmentTypeOf(firstText(doc, [at('metadata-work-type')])) ??
        employmentTypeOf(firstText(doc, [at('metadata-contract-type')])),
      descriptionText: text,
      reasons: ['StepStone job page'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const stepstone: SiteAdapter = {
  ...urlPart(stepstoneUrl),
  name: 'StepStone',
  extract,
};
