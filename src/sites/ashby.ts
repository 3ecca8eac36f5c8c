import { fieldsFromAshbyPosting } from '../page/ashby-posting.ts';
import { firstMatch, firstText } from '../page/dom-utils.ts';
import { cleanString, isRecord } from '../page/field-values.ts';
import type { HtmlEnv } from '../page/html-text.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, safeExtract } from './adapter-fields.ts';
import { ashbyAppData } from './ashby-app-data.ts';
import { isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || url.hostname.toLowerCase() !== 'jobs.ashbyhq.com') return null;
  // /{company}/{uuid} and /{company}/{uuid}/application
  const id = pathParts(url)[1];
  return id && UUID.test(id) ? id.toLowerCase() : null;
}

function fromDom(doc: Document, url: URL): PageFields {
  const description = firstMatch(doc, [
    '[class*="_descriptionText"]',
    '[class*="descriptionText"]',
    '[class*="_description_"]',
  ]);
  return {
    source: 'adapter',
    jobId: jobIdFromUrl(url),
    title: description ? firstText(doc, ['h1[class*="_title"]', 'h1']) : null,
    descriptionText: joinedText([description]),
    reasons: ['Ashby job page (no app data; read from the page)'],
  };
}

function extract(doc: Document, url: URL, env: HtmlEnv): PageFields {
  return safeExtract('Ashby', () => {
    const data = ashbyAppData(doc);
    const posting = data && isRecord(data.posting) ? data.posting : null;
    if (!posting) return fromDom(doc, url);
    const org = data && isRecord(data.organization) ? cleanString(data.organization.name) : null;
    const fields = fieldsFromAshbyPosting(posting, env, 'adapter', org);
    fields.jobId = jobIdFromUrl(url) ?? fields.jobId ?? null;
    return fields;
  });
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
      'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d/application',
      'https://jobs.ashbyhq.com/Acme%20Labs/A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D?utm_source=x',
    ],
    noMatch: [
      'https://jobs.ashbyhq.com/acme',
      'https://jobs.ashbyhq.com/acme?departmentId=123',
      'https://www.ashbyhq.com/customers',
      'https://jobs.ashbyhq.com.evil.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
    ],
  },
};
