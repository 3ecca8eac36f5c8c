import { attr, firstMatch, firstText, queryOne } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { greenhousePayBlocks, isGreenhousePayBox } from './greenhouse-pay.ts';
import { greenhouseUrl } from './greenhouse-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

const DESCRIPTION = [
  '#content',
  '.job__description',
  '.job-post-content',
  '[class*="job__description"]',
  '#app_body',
];

function companyFrom(doc: Document): string | null {
  const el = firstText(doc, ['.company-name', '.job__company', '[class*="company-name"]']);
  if (el) return el.replace(/^at\s+/i, '').trim() || null;
  // "Job Application for AI Engineer at Acme"
  const title = doc.title ?? '';
  const m = /\bat\s+([^|–—-]{1,80})$/.exec(title.trim());
  return m?.[1]?.trim() ?? attr(queryOne(doc, 'meta[property="og:site_name"]'), 'content');
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Greenhouse', () => {
    const jobId = greenhouseUrl.jobIdFromUrl(url);
    const description = firstMatch(doc, DESCRIPTION);
    if (!description) {
      return {
        source: 'adapter',
        jobId,
        reasons: [
          'Greenhouse job id in the URL, but no posting on this page (it may be in a frame)',
        ],
      };
    }
    // The pay box is read wherever it stands: inside the description, or beside it (newer
    // boards put it in a column of its own). A job page shows one job, so any box is its pay.
    const inside = greenhousePayBlocks(description);
    const salaryBlocks = inside.length > 0 ? inside : greenhousePayBlocks(doc);
    const fields: PageFields = {
      source: 'adapter',
      jobId,
      title: firstText(doc, [
        '.app-title',
        '.job__title h1',
        '#header h1',
        'h1.section-header',
        'h1',
      ]),
      company: companyFrom(doc),
      locations: locationList(firstText(doc, ['#header .location', '.job__location', '.location'])),
      descriptionText: joinedText([description], {
        skip: salaryBlocks.length > 0 ? isGreenhousePayBox : undefined,
      }),
      reasons: ['Greenhouse job page'],
    };
    if (salaryBlocks.length > 0) fields.salaryBlocks = salaryBlocks;
    return fields;
  });
}

export const greenhouse: SiteAdapter = {
  ...urlPart(greenhouseUrl),
  name: 'Greenhouse',
  extract,
};
