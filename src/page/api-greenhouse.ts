import { greenhousePayBlocks, isGreenhousePayBox } from '../sites/greenhouse-pay.ts';
import { elementText } from './document-text.ts';
import { asArray, cleanString, isRecord, tierLabel } from './field-values.ts';
import { type HtmlEnv, htmlFragmentRoot, roughHtmlToText } from './html-text.ts';
import type { PageFields, RawSalary } from './page-fields.ts';

export function isGreenhouseJob(o: Record<string, unknown>): boolean {
  return (
    typeof o.content === 'string' &&
    typeof o.title === 'string' &&
    ('absolute_url' in o || 'internal_job_id' in o || 'requisition_id' in o || isRecord(o.location))
  );
}

/** pay_input_ranges: [{min_cents, max_cents, currency_type, title}] (amounts in cents). */
function payInputRanges(v: unknown): RawSalary[] {
  const out: RawSalary[] = [];
  for (const r of asArray(v).slice(0, 30)) {
    if (!isRecord(r)) continue;
    const cents = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x / 100 : x);
    out.push({
      min: cents(r.min_cents),
      max: cents(r.max_cents),
      currency: r.currency_type,
      location: tierLabel(cleanString(r.title)),
    });
  }
  return out;
}

function jobIdOf(o: Record<string, unknown>): string | null {
  const id = cleanString(o.id);
  if (id) return id;
  const url = cleanString(o.absolute_url);
  return url
    ? (/\/jobs\/(\d{4,20})/.exec(url)?.[1] ?? /gh_jid=(\d{4,20})/.exec(url)?.[1] ?? null)
    : null;
}

/** PageFields from a Greenhouse job-board API job (`/v1/boards/{co}/jobs/{id}`). */
export function fieldsFromGreenhouseJob(o: Record<string, unknown>, env: HtmlEnv): PageFields {
  const content = typeof o.content === 'string' ? o.content : '';
  const root = content ? htmlFragmentRoot(content, env) : null;
  const salaryBlocks = root ? greenhousePayBlocks(root) : [];
  const descriptionText = root
    ? elementText(root, { skip: salaryBlocks.length > 0 ? isGreenhousePayBox : undefined })
    : roughHtmlToText(content);
  const location = isRecord(o.location) ? cleanString(o.location.name) : cleanString(o.location);
  const offices = asArray(o.offices)
    .map((x) => (isRecord(x) ? (cleanString(x.location) ?? cleanString(x.name)) : null))
    .filter((x): x is string => x !== null);
  const fields: PageFields = {
    source: 'api',
    title: cleanString(o.title),
    company: cleanString(o.company_name),
    jobId: jobIdOf(o),
    locations: [...new Set([location, ...offices].filter((x): x is string => x !== null))],
    descriptionText: descriptionText || null,
    reasons: ['Greenhouse job-board API object'],
  };
  const ranges = payInputRanges(o.pay_input_ranges);
  if (ranges.length > 0) fields.structuredSalary = ranges;
  if (salaryBlocks.length > 0) fields.salaryBlocks = salaryBlocks;
  return fields;
}
