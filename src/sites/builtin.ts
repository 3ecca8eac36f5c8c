import { inlineText, queryAll } from '../page/dom-utils.ts';
import { workplaceOf } from '../page/field-values.ts';
import type { PageFields, SalaryBlock } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { builtinUrl } from './builtin-url.ts';
import { firstOutside, textOutside } from './outside-cards.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

/** Other jobs: search cards and the similar or recommended jobs under a posting. */
const CARDS = '[data-id="job-card"], .job-card, [id^="job-card-"], [class*="similar-jobs"]';
const DESCRIPTION = ['#job-post-body', '.job-description', '[class*="job-description"]'];
const TITLE = ['[data-id="job-title"]', 'h1'];
const COMPANY = [
  '[data-id="company-title"]',
  'a[href^="/company/"] h2',
  'a[href*="builtin.com/company/"] h2',
];

/**
 * The top card states each fact beside an icon (a pin for the place, a house for the
 * workplace, a money sack for pay): the fact is the text of the icon's parent.
 */
function facts(doc: Document, icon: string): string[] {
  const out: string[] = [];
  for (const el of queryAll(doc, `.${icon}`).slice(0, 10)) {
    if (el.closest(CARDS)) continue;
    const text = inlineText(el.parentElement);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Built In', () => {
    const text = joinedText([firstOutside(doc, DESCRIPTION, CARDS)]);
    const pay: SalaryBlock[] = facts(doc, 'fa-sack-dollar')
      .filter((t) => /\d/.test(t))
      .slice(0, 2)
      .map((t) => ({ text: t, location: null }));
    const fields: PageFields = {
      source: 'adapter',
      jobId: builtinUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? textOutside(doc, TITLE, CARDS) : null,
      company: textOutside(doc, COMPANY, CARDS),
      locations: locationList(...facts(doc, 'fa-location-dot').slice(0, 1)),
      workplace: workplaceOf(facts(doc, 'fa-house-building')[0]),
      descriptionText: text,
      reasons: ['Built In job page (similar jobs ignored)'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const builtin: SiteAdapter = {
  ...urlPart(builtinUrl),
  name: 'Built In',
  extract,
};
