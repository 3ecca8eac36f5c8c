import { cleanString, isRecord, workplaceOf } from './field-values.ts';
import { type HtmlEnv, htmlToText } from './html-text.ts';
import type { PageFields } from './page-fields.ts';

/** A Gupy job-board API vacancy (Brazil): name, description, career page, jobUrl. */
export function isGupyJob(o: Record<string, unknown>): boolean {
  return (
    typeof o.name === 'string' &&
    typeof o.description === 'string' &&
    ('careerPageName' in o || 'careerPageId' in o) &&
    ('jobUrl' in o || 'publishedDate' in o)
  );
}

/** Gupy's vacancy types: "vacancy_type_effective" is a permanent hire. */
const TYPES: ReadonlyArray<readonly [RegExp, PageFields['employmentType']]> = [
  [/effective/, 'full_time'],
  [/intern|apprentice|trainee/, 'internship'],
  [/temporary/, 'temporary'],
  [/freelancer|legal_entity|autonomous/, 'contract'],
];

function employmentTypeOfGupy(v: unknown): PageFields['employmentType'] {
  const s = cleanString(v, 80);
  if (!s) return null;
  for (const [re, type] of TYPES) if (re.test(s)) return type;
  return null;
}

function placeOf(o: Record<string, unknown>): string | null {
  const parts = [o.city, o.state, o.country]
    .map((x) => cleanString(x, 80))
    .filter((x): x is string => x !== null);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : null;
}

/** PageFields from a Gupy vacancy object. */
export function fieldsFromGupyJob(o: Record<string, unknown>, env: HtmlEnv): PageFields {
  const description = typeof o.description === 'string' ? o.description : '';
  const place = placeOf(o);
  const workplace =
    workplaceOf(o.workplaceType) ?? (o.isRemoteWork === true ? ('remote' as const) : null);
  const company =
    cleanString(o.careerPageName) ?? (isRecord(o.company) ? cleanString(o.company.name) : null);
  return {
    source: 'api',
    title: cleanString(o.name),
    company,
    jobId: cleanString(o.id),
    locations: place ? [place] : [],
    workplace,
    employmentType: employmentTypeOfGupy(o.type),
    descriptionText: description.trim() !== '' ? htmlToText(description, env) : null,
    reasons: ['Gupy job-board API object'],
  };
}
