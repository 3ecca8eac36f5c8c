import { firstMatch, firstText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { hostIs, isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

/** acme.wd5.myworkdayjobs.com, acme.myworkdayjobs.com (wd1..wd12 and unnumbered). */
const HOST = /^[a-z0-9-]+(?:\.wd(?:[1-9]|1[0-2]))?\.myworkdayjobs\.com$/;
/** "Senior-Engineer_R-12345" and "Senior-Engineer_JR100234-1": the id follows the last "_". */
const SLUG_ID = /_([A-Za-z0-9][A-Za-z0-9-]{1,40})$/;

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'myworkdayjobs.com')) return null;
  if (!HOST.test(url.hostname.toLowerCase())) return null;
  const parts = pathParts(url);
  const at = parts.findIndex((p) => p === 'job' || p === 'details');
  if (at < 0 || at === parts.length - 1) return null;
  const slug =
    parts[parts.length - 1] === 'apply' ? parts[parts.length - 2] : parts[parts.length - 1];
  if (!slug) return null;
  return SLUG_ID.exec(slug)?.[1] ?? slug;
}

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
        jobId: jobIdFromUrl(url),
        reasons: ['Workday job URL; the posting has not rendered yet'],
      };
    }
    const timeType = labelled(doc, 'time')[0] ?? null;
    return {
      source: 'adapter',
      jobId: labelled(doc, 'requisitionId')[0] ?? jobIdFromUrl(url),
      title,
      locations: locationList(...labelled(doc, 'locations')),
      employmentType: employmentTypeOf(timeType),
      descriptionText: joinedText([description]),
      reasons: ['Workday job page'],
    };
  });
}

export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Senior-Software-Engineer_R-12345',
      'https://acme.wd1.myworkdayjobs.com/AcmeCareers/job/Remote-USA/Data-Analyst_JR100234-1?source=LinkedIn',
      'https://acme.wd12.myworkdayjobs.com/en-US/Careers/details/Staff-Engineer_R999',
      'https://acme.myworkdayjobs.com/External/job/London/Engineer_R1/apply',
    ],
    noMatch: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/login',
      'https://www.workday.com/en-us/products/talent-management/overview.html',
      'https://acme.wd5.myworkdayjobs.com.evil.com/en-US/External/job/X/Y_R1',
      'https://acme.wd13.myworkdayjobs.com/en-US/External/job/X/Y_R1',
    ],
  },
};
