import { elementText } from '../page/document-text.ts';
import { queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf, workplaceOf } from '../page/field-values.ts';
import type { PageFields, SalaryBlock } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { linkedinUrl } from './linkedin-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

/** Boxes around the job that belong to other jobs or to LinkedIn: never read salary there. */
const ELSEWHERE =
  '.right-rail, aside, .people-also-viewed, .similar-jobs, .similar-searches, .related-jserps, [class*="similar-jobs"], [class*="also-viewed"], .jobs-search-results-list, .scaffold-layout__list, footer';

function outsideSidebars(elements: Element[]): Element[] {
  return elements.filter((el) => !el.closest(ELSEWHERE));
}

function first(doc: Document, selectors: string[]): Element | null {
  for (const s of selectors) {
    const hit = outsideSidebars(queryAll(doc, s))[0];
    if (hit) return hit;
  }
  return null;
}

function firstLine(doc: Document, selectors: string[]): string | null {
  const el = first(doc, selectors);
  const text = el ? elementText(el).split('\n')[0]?.trim() : '';
  return text ? text : null;
}

const DESCRIPTION = [
  '.show-more-less-html__markup',
  '.jobs-description__content',
  '.jobs-description-content__text',
  '.jobs-box__html-content',
  '.description__text',
  '#job-details',
];
const TITLE = [
  '.top-card-layout__title',
  '.topcard__title',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.t-24.job-details-jobs-unified-top-card__job-title',
];
const COMPANY = [
  '.topcard__org-name-link',
  '.topcard__flavor a',
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
];
const LOCATION = [
  '.topcard__flavor--bullet',
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__bullet',
  '.jobs-unified-top-card__bullet',
];
const PAY = [
  '.compensation__salary',
  '.salary.compensation__salary',
  '.job-details-fit-level-preferences',
  '.job-details-preferences-and-skills__pill',
  // The top card's insight lines ("$150K/yr - $180K/yr · Full-time · Mid-Senior level").
  '.job-details-jobs-unified-top-card__job-insight',
  '.jobs-unified-top-card__job-insight',
];

function criteria(doc: Document, label: RegExp): string | null {
  for (const item of outsideSidebars(queryAll(doc, '.description__job-criteria-item')).slice(
    0,
    10,
  )) {
    const [head, ...rest] = elementText(item).split('\n');
    if (head && label.test(head)) return rest.join(' ').trim() || null;
  }
  return null;
}

/** LinkedIn's own pay and workplace "pills" are buttons, which prose reading skips: read each one. */
function pills(doc: Document): string[] {
  const out: string[] = [];
  for (const s of PAY) {
    for (const el of outsideSidebars(queryAll(doc, s)).slice(0, 5)) {
      const buttons = queryAll(el, 'button');
      for (const part of buttons.length > 0 ? buttons : [el]) {
        const text = (part.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && !out.includes(text)) out.push(text);
      }
    }
  }
  return out;
}

function payBlocks(texts: string[]): SalaryBlock[] {
  return texts.filter((t) => /\d/.test(t)).map((text) => ({ text, location: null }));
}

function workplace(texts: string[]): PageFields['workplace'] {
  for (const text of texts) {
    const w = workplaceOf(text);
    if (w) return w;
  }
  return null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('LinkedIn', () => {
    const jobId = linkedinUrl.jobIdFromUrl(url);
    const description = first(doc, DESCRIPTION);
    const pillTexts = pills(doc);
    const pay = payBlocks(pillTexts);
    const fields: PageFields = {
      source: 'adapter',
      jobId,
      title: description ? firstLine(doc, TITLE) : null,
      company: firstLine(doc, COMPANY),
      locations: locationList(firstLine(doc, LOCATION)),
      employmentType: employmentTypeOf(criteria(doc, /employment type/i)),
      workplace: workplace(pillTexts),
      descriptionText: joinedText([description]),
      reasons: ['LinkedIn job page (other jobs in the sidebars are ignored)'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const linkedin: SiteAdapter = {
  ...urlPart(linkedinUrl),
  name: 'LinkedIn',
  extract,
};
