import { employmentTypeFromText } from '../detect/fields-from-text.ts';
import { elementText } from '../page/document-text.ts';
import { firstMatch, firstText, queryAll } from '../page/dom-utils.ts';
import type { PageFields, SalaryBlock } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { indeedUrl } from './indeed-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

/** The job pane on a search page; the whole page on /viewjob. */
function pane(doc: Document): ParentNode {
  return (
    firstMatch(doc, ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container']) ??
    doc
  );
}

function salary(root: ParentNode): SalaryBlock[] {
  const out: SalaryBlock[] = [];
  for (const el of queryAll(
    root,
    '#salaryInfoAndJobType, [data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid*="salary"]',
  ).slice(0, 3)) {
    const text = elementText(el).replace(/\n+/g, ' ');
    if (/\d/.test(text)) out.push({ text, location: null });
  }
  return out;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Indeed', () => {
    const root = pane(doc);
    const description = firstMatch(root, ['#jobDescriptionText', '.jobsearch-jobDescriptionText']);
    const title = firstText(root, [
      '[data-testid="jobsearch-JobInfoHeader-title"]',
      '.jobsearch-JobInfoHeader-title',
      'h1',
    ]);
    const pay = salary(root);
    const fields: PageFields = {
      source: 'adapter',
      jobId: indeedUrl.jobIdFromUrl(url),
      // Indeed appends a screen-reader "- job post" to the visible title.
      title: description && title ? title.replace(/\s*-\s*job post\s*$/i, '').trim() : null,
      company: firstText(root, [
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-CompanyInfoContainer a',
      ]),
      locations: locationList(
        firstText(root, [
          '[data-testid="inlineHeader-companyLocation"]',
          '[data-testid="job-location"]',
          '.jobsearch-JobInfoHeader-subtitle > div:last-child',
        ]),
      ),
      employmentType: employmentTypeFromText(pay.map((b) => b.text).join('\n')),
      descriptionText: joinedText([description]),
      reasons: ['Indeed job page'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const indeed: SiteAdapter = {
  ...urlPart(indeedUrl),
  name: 'Indeed',
  extract,
};
