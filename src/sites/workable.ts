import { firstMatch, firstText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf, workplaceOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';
import { joinedText, locationList, safeExtract } from './adapter-fields.ts';
import { hostIs, isWebUrl, pathParts, type SiteAdapter } from './site-adapter.ts';

const SHORTCODE = /^[0-9A-F]{6,16}$/i;
/** workable.com subdomains that are the vendor's own site, not a company's job board. */
const VENDOR = new Set(['www', 'apply', 'help', 'resources', 'jobs', 'careers-page', 'app']);

function jobIdFromUrl(url: URL): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'workable.com')) return null;
  const host = url.hostname.toLowerCase();
  const parts = pathParts(url);
  // apply.workable.com/{company}/j/{SHORTCODE}(/apply)
  if (host === 'apply.workable.com') {
    return parts[1] === 'j' && SHORTCODE.test(parts[2] ?? '')
      ? (parts[2] as string).toUpperCase()
      : null;
  }
  const sub = host.slice(0, -'.workable.com'.length);
  if (sub === '' || sub.includes('.') || VENDOR.has(sub)) return null;
  // {company}.workable.com/jobs/{id} and {company}.workable.com/j/{SHORTCODE}
  if (parts[0] === 'jobs' && /^\d{3,12}$/.test(parts[1] ?? '')) return parts[1] as string;
  if (parts[0] === 'j' && SHORTCODE.test(parts[1] ?? '')) return (parts[1] as string).toUpperCase();
  return null;
}

function dataUi(name: string): string {
  return `[data-ui="${name}"]`;
}

function extract(doc: Document, url: URL): PageFields {
  return safeExtract('Workable', () => {
    const parts = queryAll(
      doc,
      [dataUi('job-description'), dataUi('job-requirements'), dataUi('job-benefits')].join(', '),
    );
    const description =
      parts.length > 0 ? parts : [firstMatch(doc, ['section.section--text', 'main', 'article'])];
    const text = joinedText(description);
    return {
      source: 'adapter',
      jobId: jobIdFromUrl(url),
      // A title without a description is a page chrome heading, not a job.
      title: text ? firstText(doc, [dataUi('job-title'), 'h1']) : null,
      locations: locationList(firstText(doc, [dataUi('job-location'), '.job-location'])),
      employmentType: employmentTypeOf(firstText(doc, [dataUi('job-type')])),
      workplace: workplaceOf(firstText(doc, [dataUi('job-workplace'), dataUi('job-remote')])),
      descriptionText: text,
      reasons: ['Workable job page'],
    };
  });
}

export const workable: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: (url) => jobIdFromUrl(url) !== null,
  jobIdFromUrl,
  extract,
  examples: {
    match: [
      'https://apply.workable.com/acme/j/1A2B3C4D5E/',
      'https://apply.workable.com/acme/j/1A2B3C4D5E/apply/',
      'https://acme.workable.com/jobs/1234567',
      'https://acme.workable.com/j/FA12BC34DE',
    ],
    noMatch: [
      'https://apply.workable.com/acme/',
      'https://www.workable.com/pricing',
      'https://resources.workable.com/jobs/1234567',
      'https://apply.workable.com.evil.com/acme/j/1A2B3C4D5E/',
      'https://acme.workable.com/',
    ],
  },
};
