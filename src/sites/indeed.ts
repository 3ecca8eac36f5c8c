import { employmentTypeFromText } from '../detect/fields-from-text.ts';
import { elementText } from '../page/document-text.ts';
import { firstMatch, firstText, queryAll } from '../page/dom-utils.ts';
import type { PageFields, SalaryBlock } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { hostIs, isWebUrl, type SiteAdapter } from './site-adapter.ts';

const JK = /^[0-9a-f]{8,24}$/i;
/** Indeed's own services that are not job pages. */
const NOT_JOBS =
  /^(?:secure|employers|profile|account|smartapply|apply|myjobs|messages|resumes?)\./i;

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'indeed.com') || NOT_JOBS.test(url.hostname)) return null;
  // viewjob?jk=, rc/clk?jk=, m/viewjob?jk=; search pages with a job open carry vjk=
  for (const key of ['jk', 'vjk']) {
    const v = url.searchParams.get(key) ?? '';
    if (JK.test(v)) return v.toLowerCase();
  }
  return null;
}

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
      jobId: jobIdFromUrl(url),
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
  id: 'indeed',
  name: 'Indeed',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://uk.indeed.com/viewjob?jk=0f1e2d3c4b5a6978&from=serp',
      'https://www.indeed.com/jobs?q=rust+developer&l=Remote&vjk=9a8b7c6d5e4f3a2b',
      'https://ca.indeed.com/rc/clk?jk=abcdef0123456789&fccid=1',
      'https://www.indeed.com/m/viewjob?jk=1a2b3c4d5e6f7a8b',
    ],
    noMatch: [
      'https://www.indeed.com/jobs?q=rust+developer&l=Remote',
      'https://www.indeed.com/career-advice/finding-a-job/how-to-write-a-cover-letter',
      'https://www.indeed.com.evil.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://secure.indeed.com/account/login?jk=1a2b3c4d5e6f7a8b',
      'https://www.indeed.com/cmp/Acme/reviews',
    ],
  },
};
