import { fieldsFromAshbyPosting } from '../page/ashby-posting.ts';
import { firstMatch, firstText } from '../page/dom-utils.ts';
import { cleanString, isRecord } from '../page/field-values.ts';
import type { HtmlEnv } from '../page/html-text.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, safeExtract } from './adapter-fields.ts';
import { ashbyAppData } from './ashby-app-data.ts';
import { ashbyUrl } from './ashby-url.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

function fromDom(doc: Document, url: URL): PageFields {
  const description = firstMatch(doc, [
    '[class*="_descriptionText"]',
    '[class*="descriptionText"]',
    '[class*="_description_"]',
  ]);
  return {
    source: 'adapter',
    jobId: ashbyUrl.jobIdFromUrl(url),
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
    fields.jobId = ashbyUrl.jobIdFromUrl(url) ?? fields.jobId ?? null;
    return fields;
  });
}

export const ashby: SiteAdapter = {
  ...urlPart(ashbyUrl),
  name: 'Ashby',
  extract,
};
