import { attr, firstMatch, firstText, inlineText, queryAll, queryOne } from '../page/dom-utils.ts';
import { workplaceOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, safeExtract } from './adapter-fields.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';
import { teamtailorUrl } from './teamtailor-url.ts';

/**
 * The job's body is the first rich-text block of the page ("prose", in the career site's
 * theme); later ones are the site's sections about the company, its people and other jobs.
 */
const BODY = ['main [class~="prose"]', '[class~="prose"]'];

/**
 * The job's facts (department, locations, remote status) are a list of label/value pairs in
 * the career site's language: the workplace is the value that names one.
 */
function workplaceFrom(doc: Document): PageFields['workplace'] {
  for (const el of queryAll(doc, 'main dd').slice(0, 20)) {
    const w = workplaceOf(inlineText(el, 60));
    if (w) return w;
  }
  return null;
}

function companyFrom(doc: Document): string | null {
  const alt = attr(queryOne(doc, 'header a img[alt]'), 'alt');
  return alt ? alt.replace(/\s+logo$/i, '').trim() || null : null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Teamtailor', () => {
    const text = joinedText([firstMatch(doc, BODY)]);
    return {
      source: 'adapter',
      jobId: teamtailorUrl.jobIdFromUrl(url),
      // A title without the job's text is a page chrome heading, not a job.
      title: text ? firstText(doc, ['main h1', 'h1']) : null,
      company: companyFrom(doc),
      workplace: workplaceFrom(doc),
      descriptionText: text,
      reasons: ['Teamtailor job page'],
    };
  });
}

export const teamtailor: SiteAdapter = {
  ...urlPart(teamtailorUrl),
  name: 'Teamtailor',
  extract,
};
