import { elementText } from '../page/document-text.ts';
import { firstText, queryAll } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { icimsUrl } from './icims-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

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
      jobId: icimsUrl.jobIdFromUrl(url),
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
  ...urlPart(icimsUrl),
  name: 'iCIMS',
  extract,
};
