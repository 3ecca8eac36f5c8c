import { attr, firstMatch, firstText, queryOne } from '../page/dom-utils.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { greenhousePayBlocks, isGreenhousePayBox } from './greenhouse-pay.ts';
import { isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

const BOARD_HOSTS = new Set([
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'boards.eu.greenhouse.io',
  'job-boards.eu.greenhouse.io',
]);
const NUMERIC_ID = /^\d{4,20}$/;

function boardJobId(url: URL): string | null {
  if (!BOARD_HOSTS.has(url.hostname.toLowerCase())) return null;
  const parts = pathParts(url);
  // /embed/job_app?for=co&token=123
  if (parts[0] === 'embed' && parts[1] === 'job_app') {
    const token = url.searchParams.get('token') ?? '';
    return NUMERIC_ID.test(token) ? token : null;
  }
  // /{company}/jobs/{id}
  const i = parts.indexOf('jobs');
  const id = i >= 1 ? parts[i + 1] : undefined;
  return id && NUMERIC_ID.test(id) ? id : null;
}

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url)) return null;
  const fromBoard = boardJobId(url);
  if (fromBoard) return fromBoard;
  // Company career sites that embed a Greenhouse job: ?gh_jid=123 on any host.
  const gh = url.searchParams.get('gh_jid') ?? '';
  return NUMERIC_ID.test(gh) ? gh : null;
}

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
    const jobId = jobIdFromUrl(url);
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
    const salaryBlocks = greenhousePayBlocks(description);
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
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://boards.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/acme/jobs/7001234002?gh_src=abc',
      'https://job-boards.eu.greenhouse.io/acmeeu/jobs/4400123101',
      'https://boards.greenhouse.io/embed/job_app?for=acme&token=5551234',
      'https://www.acme.com/careers/open-roles?gh_jid=6123456',
    ],
    noMatch: [
      'https://boards.greenhouse.io/acme',
      'https://job-boards.greenhouse.io/acme/jobs',
      'https://boards.greenhouse.io/embed/job_board?for=acme',
      'https://www.greenhouse.io/pricing',
      'https://boards.greenhouse.io.evil.com/acme/jobs/4012345',
      'https://www.acme.com/careers?gh_jid=notanumber',
    ],
  },
};
