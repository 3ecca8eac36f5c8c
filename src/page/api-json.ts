import { fieldsFromGreenhouseJob, isGreenhouseJob } from './api-greenhouse.ts';
import { fieldsFromGupyJob, isGupyJob } from './api-gupy.ts';
import { fieldsFromLeverPosting, isLeverPosting } from './api-lever.ts';
import { fieldsFromWorkdayCxsJob, isWorkdayCxsJob } from './api-workday.ts';
import { fieldsFromAshbyPosting } from './ashby-posting.ts';
import { cleanString, isRecord } from './field-values.ts';
import type { HtmlEnv } from './html-text.ts';
import { fieldsFromJobPosting } from './json-ld.ts';
import { collectJobPostings } from './json-ld-parse.ts';
import type { PageFields } from './page-fields.ts';

export type ApiJsonKind =
  | 'greenhouse'
  | 'lever'
  | 'ashby'
  | 'gupy'
  | 'workday'
  | 'json-ld'
  | 'resume'
  | 'unknown';

export interface ApiJsonResult {
  kind: ApiJsonKind;
  fields: PageFields | null;
}

function isResume(o: Record<string, unknown>): boolean {
  const schema = typeof o.$schema === 'string' && /resume/i.test(o.$schema);
  return schema || (isRecord(o.basics) && (Array.isArray(o.work) || Array.isArray(o.education)));
}

function isAshbyJob(o: Record<string, unknown>): boolean {
  return (
    typeof o.title === 'string' &&
    ('descriptionHtml' in o || 'descriptionPlain' in o) &&
    ('jobUrl' in o ||
      'compensation' in o ||
      'isRemote' in o ||
      'workplaceType' in o ||
      'employmentType' in o ||
      'locationName' in o)
  );
}

function classify(o: Record<string, unknown>, env: HtmlEnv): ApiJsonResult {
  if (isResume(o)) return { kind: 'resume', fields: null };
  const ld = collectJobPostings(o);
  if (ld[0]) return { kind: 'json-ld', fields: fieldsFromJobPosting(ld[0], env) };
  if (isGreenhouseJob(o)) return { kind: 'greenhouse', fields: fieldsFromGreenhouseJob(o, env) };
  if (isLeverPosting(o)) return { kind: 'lever', fields: fieldsFromLeverPosting(o, env) };
  // A job page's window.__appData wraps the posting.
  if (isRecord(o.posting) && isAshbyJob(o.posting)) {
    const org = isRecord(o.organization) ? cleanString(o.organization.name) : null;
    return { kind: 'ashby', fields: fieldsFromAshbyPosting(o.posting, env, 'api', org) };
  }
  if (isAshbyJob(o)) return { kind: 'ashby', fields: fieldsFromAshbyPosting(o, env, 'api') };
  if (isGupyJob(o)) return { kind: 'gupy', fields: fieldsFromGupyJob(o, env) };
  if (isWorkdayCxsJob(o)) return { kind: 'workday', fields: fieldsFromWorkdayCxsJob(o, env) };
  return { kind: 'unknown', fields: null };
}

/**
 * Recognises a JSON value an ATS or a page publishes for one job (Greenhouse job-board API,
 * Lever postings API, Ashby job-board API, Gupy vacancy, Workday cxs job, a schema.org
 * JobPosting) and reads it. A JSON Resume is kind 'resume' with no fields. Never throws.
 */
export function fieldsFromApiJson(obj: unknown, env: HtmlEnv): ApiJsonResult {
  try {
    const value = Array.isArray(obj) && obj.length === 1 ? obj[0] : obj;
    if (Array.isArray(value)) {
      // A JSON-LD array or @graph-like list may still hold exactly one posting.
      const ld = collectJobPostings(value);
      return ld.length === 1 && ld[0]
        ? { kind: 'json-ld', fields: fieldsFromJobPosting(ld[0], env) }
        : { kind: 'unknown', fields: null };
    }
    if (!isRecord(value)) return { kind: 'unknown', fields: null };
    return classify(value, env);
  } catch {
    return { kind: 'unknown', fields: null };
  }
}
