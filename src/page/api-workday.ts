import { asArray, cleanString, employmentTypeOf, isRecord, workplaceOf } from './field-values.ts';
import { type HtmlEnv, htmlToText } from './html-text.ts';
import { LEGAL_FORMS } from './legal-forms.ts';
import type { PageFields } from './page-fields.ts';

/**
 * A Workday candidate-experience job answer (`/wday/cxs/{tenant}/{site}/job/...`): the job in
 * `jobPostingInfo`, the employing entity in `hiringOrganization`. `similarJobs` beside them
 * lists other roles and is never read.
 */
export function isWorkdayCxsJob(o: Record<string, unknown>): boolean {
  const info = o.jobPostingInfo;
  return (
    isRecord(info) && typeof info.title === 'string' && typeof info.jobDescription === 'string'
  );
}

/** "Senior-Engineer_R-1234" (the posting's slug) -> "R-1234", as on the page's URL. */
const SLUG_ID = /_([A-Za-z0-9][A-Za-z0-9-]{1,40})$/;
/** A company code before the entity's name: "4410 Example Systems Ltd", "220 - Acme Inc". */
const CODE_PREFIX = /^(\d{3,6})\s+(?:[-–]\s+)?(?=\S)/;

function endsWithLegalForm(name: string): boolean {
  const key = ` ${name
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}`;
  return LEGAL_FORMS.some((form) => key.endsWith(` ${form}`));
}

/**
 * Workday tenants name their companies as records, often led by the company's numeric code.
 * The code goes only when what follows is a legal entity's name, so a brand that starts with
 * a number ("180 Degrees") keeps it.
 */
export function workdayCompanyName(raw: unknown): string | null {
  const name = cleanString(raw, 200);
  if (!name) return null;
  const code = CODE_PREFIX.exec(name);
  if (!code) return name;
  const rest = name.slice(code[0].length);
  return /\p{L}/u.test(rest) && endsWithLegalForm(rest) ? rest : name;
}

function locationsOf(info: Record<string, unknown>): string[] {
  const main = cleanString(info.location, 200);
  const others = asArray(info.additionalLocations)
    .slice(0, 50)
    .map((x) => cleanString(isRecord(x) ? x.descriptor : x, 200));
  return [...new Set([main, ...others].filter((x): x is string => x !== null))];
}

function jobIdOf(info: Record<string, unknown>): string | null {
  const req = cleanString(info.jobReqId, 60);
  if (req) return req;
  const slug = cleanString(info.jobPostingId, 200);
  return (slug && SLUG_ID.exec(slug)?.[1]) ?? slug ?? cleanString(info.id, 60);
}

/** PageFields from a Workday cxs job answer. */
export function fieldsFromWorkdayCxsJob(o: Record<string, unknown>, env: HtmlEnv): PageFields {
  const info = isRecord(o.jobPostingInfo) ? o.jobPostingInfo : {};
  const description = typeof info.jobDescription === 'string' ? info.jobDescription : '';
  const org = isRecord(o.hiringOrganization) ? o.hiringOrganization.name : null;
  return {
    source: 'api',
    title: cleanString(info.title),
    company: workdayCompanyName(org),
    jobId: jobIdOf(info),
    locations: locationsOf(info),
    employmentType: employmentTypeOf(info.timeType),
    workplace: workplaceOf(info.remoteType),
    descriptionText: description.trim() !== '' ? htmlToText(description, env) : null,
    reasons: ['Workday job API answer'],
  };
}
