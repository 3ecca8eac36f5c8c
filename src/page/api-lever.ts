import { asArray, cleanString, employmentTypeOf, isRecord, workplaceOf } from './field-values.ts';
import { type HtmlEnv, htmlToText } from './html-text.ts';
import type { PageFields, RawSalary } from './page-fields.ts';

export function isLeverPosting(o: Record<string, unknown>): boolean {
  return (
    typeof o.text === 'string' &&
    (isRecord(o.categories) || 'hostedUrl' in o || 'descriptionPlain' in o || 'lists' in o)
  );
}

function plainOrHtml(
  o: Record<string, unknown>,
  plainKey: string,
  htmlKey: string,
  env: HtmlEnv,
): string | null {
  const plain = o[plainKey];
  if (typeof plain === 'string' && plain.trim() !== '') return htmlToText(plain, env);
  const html = o[htmlKey];
  if (typeof html === 'string' && html.trim() !== '') return htmlToText(html, env);
  return null;
}

/** lists: [{text: "Requirements", content: "<li>...</li>"}]: the title stays as a heading line. */
function listsText(lists: unknown, env: HtmlEnv): string[] {
  const out: string[] = [];
  for (const list of asArray(lists).slice(0, 30)) {
    if (!isRecord(list)) continue;
    const heading = cleanString(list.text);
    const content = typeof list.content === 'string' ? list.content : '';
    // Bare <li> items: give them their list so each becomes a "• " line.
    const html = /^\s*<li\b/i.test(content) ? `<ul>${content}</ul>` : content;
    const body = html ? htmlToText(html, env) : '';
    out.push([heading, body].filter((x) => x).join('\n'));
  }
  return out.filter((s) => s !== '');
}

/** "This range is reflective of a position based in New York City" -> "New York City". */
export function locationFromSalaryDescription(text: string | null): string | null {
  if (!text) return null;
  const m =
    /\b(?:based in|located in|living in|residing in|for (?:roles|positions|candidates|employees) in|applies to|for work in)\s+(?:the\s+)?([A-Z][\w.'-]{0,30}(?:,? (?:[A-Z][\w.'-]{0,30}|of|and)){0,5})/.exec(
      text.slice(0, 5000),
    );
  // The words run on past a full stop ("City. It may..."): cut at the sentence end.
  const place = m?.[1]
    ?.split(/\.\s/)[0]
    ?.replace(/[.,\s]+$/, '')
    .replace(/\s+(?:of|and)$/, '');
  return place && place.length >= 2 ? place : null;
}

function salaryRange(o: Record<string, unknown>, env: HtmlEnv): RawSalary[] {
  const r = o.salaryRange;
  if (!isRecord(r)) return [];
  const desc = plainOrHtml(o, 'salaryDescriptionPlain', 'salaryDescription', env);
  return [
    {
      min: r.min,
      max: r.max,
      currency: r.currency,
      unit: r.interval,
      location: locationFromSalaryDescription(desc),
    },
  ];
}

/** PageFields from a Lever postings-API object (`/v0/postings/{co}/{id}`). */
export function fieldsFromLeverPosting(o: Record<string, unknown>, env: HtmlEnv): PageFields {
  const cat = isRecord(o.categories) ? o.categories : {};
  const all = asArray(cat.allLocations)
    .map((x) => cleanString(x))
    .filter((x): x is string => x !== null);
  const location = cleanString(cat.location);
  const parts = [
    plainOrHtml(o, 'descriptionPlain', 'description', env),
    ...listsText(o.lists, env),
    plainOrHtml(o, 'additionalPlain', 'additional', env),
    plainOrHtml(o, 'salaryDescriptionPlain', 'salaryDescription', env),
  ].filter((x): x is string => !!x);
  const fields: PageFields = {
    source: 'api',
    title: cleanString(o.text),
    jobId: cleanString(o.id),
    locations: [...new Set([location, ...all].filter((x): x is string => x !== null))],
    employmentType: employmentTypeOf(cat.commitment),
    workplace: workplaceOf(o.workplaceType),
    descriptionText: parts.length > 0 ? parts.join('\n\n') : null,
    reasons: ['Lever postings API object'],
  };
  const salary = salaryRange(o, env);
  if (salary.length > 0) fields.structuredSalary = salary;
  return fields;
}
