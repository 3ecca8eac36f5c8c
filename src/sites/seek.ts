import { firstMatch, firstText } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { seekUrl } from './seek-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

function auto(id: string): string {
  return `[data-automation="${id}"]`;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('SEEK', () => {
    // On a search page the job sits in a split-view pane beside the result cards.
    const root = firstMatch(doc, [auto('splitViewDetails'), auto('jobDetailsPage')]) ?? doc;
    const description = firstMatch(root, [auto('jobAdDetails'), auto('jobDescription')]);
    const text = joinedText([description]);
    const salary = firstText(root, [auto('job-detail-salary')]);
    const fields: PageFields = {
      source: 'adapter',
      jobId: seekUrl.jobIdFromUrl(url),
      title: text ? firstText(root, [auto('job-detail-title'), 'h1']) : null,
      company: firstText(root, [auto('advertiser-name'), auto('job-detail-company')]),
      locations: locationList(firstText(root, [auto('job-detail-location')])),
      employmentType: employmentTypeOf(firstText(root, [auto('job-detail-work-type')])),
      descriptionText: text,
      reasons: ['SEEK job page'],
    };
    if (salary && /\d/.test(salary)) fields.salaryBlocks = [{ text: salary, location: null }];
    return fields;
  });
}

export const seek: SiteAdapter = {
  ...urlPart(seekUrl),
  name: 'SEEK',
  extract,
};
