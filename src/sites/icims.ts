import { elementText } from '../page/document-text.ts';
import { firstText, queryAll } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { hostIs, isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'icims.com')) return null;
  const host = url.hostname.toLowerCase();
  if (host === 'icims.com' || host === 'www.icims.com') return null;
  // /jobs/{id}/{slug}/job, /jobs/{id}/job?in_iframe=1, /jobs/{id}/login
  const parts = pathParts(url);
  const at = parts.indexOf('jobs');
  const id = at >= 0 ? parts[at + 1] : undefined;
  return id && /^\d{1,10}$/.test(id) ? id : null;
}

/** iCIMS header fields are label/value pairs ("Job Locations", "US-CA-San Jose"). */
function headerValue(doc: Document, label: RegExp): string | null {
  for (const field of queryAll(doc, '.iCIMS_JobHeaderField, .iCIMS_JobHeaderTag dt').slice(0, 20)) {
    if (!label.test(elementText(field))) continue;
    const value = field.nextElementSibling;
    const text = value ? elementText(value).replace(/\n+/g, ' ').trim() : '';
    if (text) return text;
  }
  return null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('iCIMS', () => {
    const description = queryAll(
      doc,
      '.iCIMS_JobContent .iCIMS_InfoMsg_Job, .iCIMS_JobContent .iCIMS_Expandable_Container',
    );
    const content = description.length > 0 ? description : queryAll(doc, '.iCIMS_JobContent');
    const text = joinedText(content);
    return {
      source: 'adapter',
      jobId: jobIdFromUrl(url),
      title: text
        ? firstText(doc, ['.iCIMS_Header', 'h1.iCIMS_Header', '.iCIMS_JobHeaderTitle', 'h1'])
        : null,
      locations: locationList(headerValue(doc, /location/i)),
      descriptionText: text,
      reasons: text
        ? ['iCIMS job page']
        : ['iCIMS job URL; the posting is in the job frame (?in_iframe=1)'],
    };
  });
}

export const icims: SiteAdapter = {
  id: 'icims',
  name: 'iCIMS',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://careers-acme.icims.com/jobs/12345/senior-data-engineer/job',
      'https://careers-acme.icims.com/jobs/12345/senior-data-engineer/job?in_iframe=1',
      'https://uscareers-bigco.icims.com/jobs/6789/job',
    ],
    noMatch: [
      'https://careers-acme.icims.com/jobs/search?ss=1',
      'https://careers-acme.icims.com/jobs/intro',
      'https://www.icims.com/products/talent-cloud/',
      'https://careers-acme.icims.com.evil.com/jobs/12345/senior-data-engineer/job',
    ],
  },
};
