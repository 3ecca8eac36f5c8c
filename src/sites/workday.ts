import { firstMatch, firstText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { workdayUrl } from './workday-url.ts';

function automation(id: string): string {
  return `[data-automation-id="${id}"]`;
}

/** Workday renders label/value pairs: the value is the <dd> after a <dt>. */
function labelled(doc: Document, id: string): string[] {
  const values: string[] = [];
  for (const box of queryAll(doc, automation(id)).slice(0, 5)) {
    const dds = queryAll(box, 'dd');
    const texts = dds.length > 0 ? dds.map((d) => d.textContent ?? '') : [box.textContent ?? ''];
    for (const t of texts) {
      const v = t
        .replace(/\s+/g, ' ')
        .replace(/^(?:locations?|time type|job requisition id)\s*/i, '')
        .trim();
      if (v) values.push(v);
    }
  }
  return values;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Workday', () => {
    const description = firstMatch(doc, [
      automation('jobPostingDescription'),
      automation('job-posting-details'),
    ]);
    const title = firstText(doc, [automation('jobPostingHeader'), 'h2[data-automation-id]', 'h1']);
    if (!description) {
      return {
        source: 'adapter',
        jobId: workdayUrl.jobIdFromUrl(url),
        pending: true,
        reasons: ['Workday job URL; the posting has not rendered yet'],
      };
    }
    const timeType = labelled(doc, 'time')[0] ?? null;
    return {
      source: 'adapter',
      jobId: labelled(doc, 'requisitionId')[0] ?? workdayUrl.jobIdFromUrl(url),
      title,
      locations: locationList(...labelled(doc, 'locations')),
      employmentType: employmentTypeOf(timeType),
      descriptionText: joinedText([description]),
      reasons: ['Workday job page'],
    };
  });
}

export const workday: SiteAdapter = {
  ...urlPart(workdayUrl),
  name: 'Workday',
  extract,
};
