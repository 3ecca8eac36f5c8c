import { cleanString, employmentTypeOf, isRecord, workplaceOf } from './field-values.ts';
import { type HtmlEnv, htmlToText } from './html-text.ts';
import { collectJobPostings, parseJsonLoose } from './json-ld-parse.ts';
import { applicantRegions, nameOf, placeNames, rawSalaries } from './json-ld-values.ts';
import type { PageFields } from './page-fields.ts';
import { lookUp, SCRIPTS } from './page-lookups.ts';

const MAX_BLOCK_CHARS = 2_000_000;

/**
 * Every schema.org JobPosting in the page's JSON-LD blocks. A broken block is skipped, not
 * fatal. Two or more distinct postings usually mean a listing page.
 */
export function jobPostingsFromJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of lookUp(doc, SCRIPTS)) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS || !/jobposting/i.test(text)) continue;
    const value = parseJsonLoose(text);
    if (value !== undefined) out.push(...collectJobPostings(value));
  }
  return out;
}

function identifierOf(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (isRecord(first))
    return cleanString(first.value) ?? cleanString(first['@id']) ?? cleanString(first.name);
  return cleanString(first);
}

function descriptionOf(v: unknown, env: HtmlEnv): string | null {
  if (typeof v !== 'string' || v.trim() === '') return null;
  const text = htmlToText(v, env);
  return text === '' ? null : text;
}

function isTelecommute(v: unknown): boolean {
  const list = Array.isArray(v) ? v : [v];
  return list.some((x) => typeof x === 'string' && /telecommute|remote/i.test(x));
}

/** What to read of a JobPosting beyond its plain fields. */
export interface JobPostingReadOptions {
  /**
   * Whether to turn the description's HTML into text (the costly part: it parses the HTML).
   * Off when a site adapter scoped the description already: the builder reads the adapter's.
   */
  description?: boolean;
}

/** PageFields (source 'json-ld') from one JobPosting node. Never throws. */
export function fieldsFromJobPosting(
  obj: unknown,
  env: HtmlEnv,
  options: JobPostingReadOptions = {},
): PageFields {
  const fields: PageFields = { source: 'json-ld', reasons: ['schema.org JobPosting found'] };
  if (!isRecord(obj)) return fields;
  try {
    fields.title = cleanString(obj.title) ?? cleanString(obj.name);
    fields.company = nameOf(
      Array.isArray(obj.hiringOrganization) ? obj.hiringOrganization[0] : obj.hiringOrganization,
    );
    const remote = isTelecommute(obj.jobLocationType);
    const places = placeNames(obj.jobLocation);
    const regions = applicantRegions(obj.applicantLocationRequirements);
    fields.locations =
      places.length > 0 ? places : regions.map((r) => (remote ? `Remote (${r})` : r));
    fields.workplace = remote ? 'remote' : workplaceOf(obj.workplaceType ?? obj.jobLocationType);
    fields.employmentType = employmentTypeOf(obj.employmentType);
    fields.jobId = identifierOf(obj.identifier);
    if (options.description !== false) fields.descriptionText = descriptionOf(obj.description, env);
    // Only the employer's stated pay: `estimatedSalary` is a job board's guess (schema.org:
    // "an estimated salary ... based on a variety of variables"), not what the job pays.
    const salaries = rawSalaries(obj.baseSalary);
    if (salaries.length > 0) fields.structuredSalary = salaries;
  } catch (err) {
    fields.reasons?.push(
      `Part of the JobPosting could not be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return fields;
}
