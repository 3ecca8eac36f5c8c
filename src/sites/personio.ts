import { attr, firstMatch, firstText, queryAll, queryOne } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { personioUrl } from './personio-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

function testId(name: string): string {
  return `[data-test-id="${name}"]`;
}

const SECTIONS = `${testId('job-description-section')}, .job-description-section`;
const DESCRIPTION = [testId('job-description'), '.job-description', '.job-details-description'];

/** The application form shares the page: its labels ("Salary expectations") are not the job's. */
function isForm(el: Element): boolean {
  return el.localName === 'form' || el.getAttribute('data-test-id') === 'application-form';
}

/**
 * The line under the title: "Permanent employee, Full-time · Berlin". The part after the
 * last "·" is the office; the parts before it name the contract and the hours.
 */
function subtitleFields(line: string | null): Pick<PageFields, 'employmentType' | 'locations'> {
  if (!line) return { employmentType: null, locations: [] };
  const parts = line.split('·').map((p) => p.trim());
  const office = parts.length > 1 ? (parts.pop() ?? null) : null;
  let employmentType: PageFields['employmentType'] = null;
  for (const p of parts) employmentType ??= employmentTypeOf(p);
  return { employmentType, locations: locationList(office) };
}

function companyFrom(doc: Document): string | null {
  const alt = attr(queryOne(doc, `${testId('company-logo')} img, header img[alt]`), 'alt');
  return alt ? alt.replace(/\s+logo$/i, '').trim() || null : null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Personio', () => {
    const sections = queryAll(doc, SECTIONS).slice(0, 30);
    const parts = sections.length > 0 ? sections : [firstMatch(doc, DESCRIPTION)];
    const text = joinedText(parts, { skip: isForm });
    const subtitle = firstText(doc, [testId('job-subtitle'), '.job-details-subtitle']);
    return {
      source: 'adapter',
      jobId: personioUrl.jobIdFromUrl(url),
      // A title without the job's text is a page chrome heading, not a job.
      title: text ? firstText(doc, [testId('job-title'), '.job-details h1', 'h1']) : null,
      company: companyFrom(doc),
      ...subtitleFields(subtitle),
      descriptionText: text,
      reasons: ['Personio job page'],
    };
  });
}

export const personio: SiteAdapter = {
  ...urlPart(personioUrl),
  name: 'Personio',
  extract,
};
