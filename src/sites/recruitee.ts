import { attr, firstMatch, firstText, inlineText, queryAll, queryOne } from '../page/dom-utils.ts';
import { employmentTypeOf, workplaceOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { recruiteeUrl } from './recruitee-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

/** Recruitee renders an offer's two rich-text fields, its description and its requirements. */
const TEXT_PARTS = '[class*="description"], [class*="requirements"]';

/**
 * The offer's facts under the title (location, hours, workplace) are short list items outside
 * the text parts; the hours and the workplace are the items that name one.
 */
function facts(
  root: ParentNode,
  parts: Element[],
): Pick<PageFields, 'employmentType' | 'workplace'> {
  let employmentType: PageFields['employmentType'] = null;
  let workplace: PageFields['workplace'] = null;
  for (const li of queryAll(root, 'li').slice(0, 40)) {
    if (parts.some((p) => p.contains(li))) continue;
    const text = inlineText(li, 60);
    employmentType ??= employmentTypeOf(text);
    workplace ??= workplaceOf(text);
  }
  return { employmentType, workplace };
}

function companyFrom(doc: Document): string | null {
  const name = firstText(doc, ['.careers-header-title']);
  if (name) return name;
  const alt = attr(queryOne(doc, 'header img[alt]'), 'alt');
  return alt ? alt.replace(/\s+logo$/i, '').trim() || null : null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Recruitee', () => {
    const root = firstMatch(doc, ['main']) ?? doc;
    const parts = queryAll(root, TEXT_PARTS).slice(0, 10);
    const text = joinedText(parts);
    return {
      source: 'adapter',
      jobId: recruiteeUrl.jobIdFromUrl(url),
      // A title without the offer's text is a page chrome heading, not a job.
      title: text ? firstText(root, ['h1']) : null,
      company: companyFrom(doc),
      locations: locationList(firstText(root, ['.job-location', '[class*="location"]'])),
      ...facts(root, parts),
      descriptionText: text,
      reasons: ['Recruitee job page'],
    };
  });
}

export const recruitee: SiteAdapter = {
  ...urlPart(recruiteeUrl),
  name: 'Recruitee',
  extract,
};
