import { firstMatch, firstText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf, workplaceOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { workableUrl } from './workable-url.ts';

function dataUi(name: string): string {
  return `[data-ui="${name}"]`;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Workable', () => {
    const parts = queryAll(
      doc,
      [dataUi('job-description'), dataUi('job-requirements'), dataUi('job-benefits')].join(', '),
    );
    const description =
      parts.length > 0 ? parts : [firstMatch(doc, ['section.section--text', 'main', 'article'])];
    const text = joinedText(description);
    return {
      source: 'adapter',
      jobId: workableUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? firstText(doc, [dataUi('job-title'), 'h1']) : null,
      locations: locationList(firstText(doc, [dataUi('job-location'), '.job-location'])),
      employmentType: employmentTypeOf(firstText(doc, [dataUi('job-type')])),
      workplace: workplaceOf(firstText(doc, [dataUi('job-workplace'), dataUi('job-remote')])),
      descriptionText: text,
      reasons: ['Workable job page'],
    };
  });
}

export const workable: SiteAdapter = {
  ...urlPart(workableUrl),
  name: 'Workable',
  extract,
};
