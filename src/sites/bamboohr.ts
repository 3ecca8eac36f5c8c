import { firstMatch, firstText, inlineText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf } from '../page/field-values.ts';
import type { PageFields, SalaryBlock } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { bamboohrUrl } from './bamboohr-url.ts';
import { PAY_LABELS } from './pay-labels.ts';
import { type SiteAdapter, urlPart } from './site-adapter.ts';

interface InfoRow {
  label: string;
  value: string;
}

/**
 * The opening's facts (location, department, employment type, compensation) as label/value
 * pairs: `.posInfo` rows on the older page, a definition list on the newer one.
 */
function infoRows(doc: Document): InfoRow[] {
  const rows: InfoRow[] = [];
  for (const row of queryAll(doc, '.posInfo').slice(0, 20)) {
    const label = firstText(row, ['.posInfo__Title']);
    const value = firstText(row, ['.posInfo__Value']);
    if (label && value) rows.push({ label, value });
  }
  for (const dt of queryAll(doc, 'dt').slice(0, 20)) {
    // a definition list in the opening's own text is prose, not its facts
    if (dt.closest('.BambooRichText')) continue;
    const dd = dt.nextElementSibling;
    const label = inlineText(dt, 80);
    const value = dd?.localName === 'dd' ? inlineText(dd) : null;
    if (label && value) rows.push({ label, value });
  }
  return rows;
}

function isPayLabel(label: string): boolean {
  const l = label.toLowerCase();
  return PAY_LABELS.some((w) => l.startsWith(w));
}

function payBlocks(rows: InfoRow[]): SalaryBlock[] {
  return rows
    .filter((r) => isPayLabel(r.label) && /\d/.test(r.value))
    .slice(0, 3)
    .map((r) => ({ text: r.value, location: null }));
}

/** "Engineering · Denver, Colorado": the part after the last "·" is the place. */
function subtitlePlace(doc: Document): string | null {
  const line = firstText(doc, ['.ResAts__card-subtitle']);
  if (!line) return null;
  const parts = line.split('·');
  return parts.length > 1 ? (parts[parts.length - 1]?.trim() ?? null) : null;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('BambooHR', () => {
    const description = firstMatch(doc, ['.BambooRichText']);
    const text = joinedText([description]);
    const rows = infoRows(doc);
    const pay = payBlocks(rows);
    let employmentType = employmentTypeOf(firstText(doc, ['[itemprop="employmentType"]']));
    for (const r of rows) employmentType ??= employmentTypeOf(r.value);
    const fields: PageFields = {
      source: 'adapter',
      jobId: bamboohrUrl.jobIdFromUrl(url),
      // A title without the opening's text is a page chrome heading, not a job.
      title: text
        ? firstText(doc, [
            '.ResAts__card h2',
            '[data-fabric-component="Headline"]',
            'main h2',
            'h2',
          ])
        : null,
      locations: locationList(subtitlePlace(doc)),
      employmentType,
      descriptionText: text,
      // The careers page is an app that renders the opening after load (its JSON-LD with it).
      ...(text ? {} : { pending: true }),
      reasons: text
        ? ['BambooHR job page']
        : ['BambooHR job URL; the opening has not rendered yet'],
    };
    if (pay.length > 0) fields.salaryBlocks = pay;
    return fields;
  });
}

export const bamboohr: SiteAdapter = {
  ...urlPart(bamboohrUrl),
  name: 'BambooHR',
  extract,
};
