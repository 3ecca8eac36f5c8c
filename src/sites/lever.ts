import { elementText } from '../page/document-text.ts';
import { attr, firstText, queryAll, queryOne } from '../page/dom-utils.ts';
import { employmentTypeOf, workplaceOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { leverUrl } from './lever-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

function companyFrom(doc: Document): string | null {
  const alt = attr(queryOne(doc, '.main-header-logo img'), 'alt');
  if (alt) return alt.replace(/\s+logo$/i, '').trim() || null;
  // <title>Acme - Backend Engineer</title>
  const title = (doc.title ?? '').trim();
  const dash = title.indexOf(' - ');
  return dash > 0 && dash <= 80 ? title.slice(0, dash).trim() : null;
}

function salaryBlocks(doc: Document): PageFields['salaryBlocks'] {
  const out: NonNullable<PageFields['salaryBlocks']> = [];
  for (const el of queryAll(doc, '[data-qa="salary-range"], .posting-salary').slice(0, 10)) {
    const text = elementText(el);
    if (/\d/.test(text)) out.push({ text, location: null });
  }
  return out;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Lever', () => {
    const sections = queryAll(
      doc,
      '.posting-page .section-wrapper .section, .content .section-wrapper .section',
    );
    const description =
      sections.length > 0
        ? sections
        : queryAll(doc, '[data-qa="job-description"], .posting-description');
    const blocks = salaryBlocks(doc);
    // The salary section is reported as a block; it is not description prose.
    const text = joinedText(
      description.filter((el) => el.getAttribute('data-qa') !== 'salary-range'),
    );
    const fields: PageFields = {
      source: 'adapter',
      jobId: leverUrl.jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text
        ? firstText(doc, [
            '.posting-headline h2',
            '.posting-header h2',
            'h2[data-qa="posting-name"]',
            'h1',
          ])
        : null,
      company: companyFrom(doc),
      locations: locationList(
        firstText(doc, [
          '.posting-categories .location',
          '.posting-category.location',
          '[data-qa="posting-location"]',
        ]),
      ),
      employmentType: employmentTypeOf(
        firstText(doc, ['.posting-categories .commitment', '.posting-category.commitment']),
      ),
      workplace: workplaceOf(
        firstText(doc, ['.posting-categories .workplaceTypes', '.posting-category.workplaceTypes']),
      ),
      descriptionText: text,
      reasons: ['Lever job page'],
    };
    if (blocks && blocks.length > 0) fields.salaryBlocks = blocks;
    return fields;
  });
}

export const lever: SiteAdapter = {
  ...urlPart(leverUrl),
  name: 'Lever',
  extract,
};
