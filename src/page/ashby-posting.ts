import {
  asArray,
  cleanString,
  employmentTypeOf,
  isRecord,
  tierLabel,
  workplaceOf,
} from './field-values.ts';
import { type HtmlEnv, htmlToText } from './html-text.ts';
import type { PageFields, RawSalary } from './page-fields.ts';

function salaryComponents(list: unknown, location: string | null): RawSalary[] {
  const out: RawSalary[] = [];
  for (const c of asArray(list).slice(0, 20)) {
    if (!isRecord(c)) continue;
    const type = cleanString(c.compensationType)?.toLowerCase() ?? 'salary';
    // Equity, bonus and commission are not pay ranges.
    if (type !== 'salary' && type !== 'hourly') continue;
    out.push({
      min: c.minValue,
      max: c.maxValue,
      currency: c.currencyCode ?? c.currency,
      unit: c.interval,
      location,
    });
  }
  return out;
}

/**
 * Ashby compensation: per-tier components when tiers are stated (each labelled by its tier
 * title when there are several), else the summary components.
 */
export function ashbySalaries(posting: Record<string, unknown>): RawSalary[] {
  const comp = isRecord(posting.compensation) ? posting.compensation : posting;
  const tiers = asArray(comp.compensationTiers).filter(isRecord);
  const tiered: RawSalary[] = [];
  for (const tier of tiers.slice(0, 20)) {
    const label = tiers.length > 1 ? tierLabel(cleanString(tier.title)) : null;
    tiered.push(...salaryComponents(tier.components, label));
  }
  if (tiered.length > 0) return tiered;
  const summary = salaryComponents(comp.summaryComponents, null);
  if (summary.length > 0) return summary;
  // Only a summary string ("$150K – $200K • Offers Equity"): let the salary parser read it.
  const text =
    cleanString(comp.compensationTierSummary) ??
    cleanString(comp.scrapeableCompensationSalarySummary);
  return text ? [{ value: text.split('•')[0]?.trim() ?? text }] : [];
}

function locationsOf(posting: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    const s = isRecord(v)
      ? (cleanString(v.locationName) ?? cleanString(v.location) ?? cleanString(v.name))
      : cleanString(v);
    if (s && !out.includes(s)) out.push(s);
  };
  add(posting.locationName ?? posting.location);
  for (const v of asArray(posting.secondaryLocations ?? posting.secondaryLocationNames).slice(
    0,
    30,
  ))
    add(v);
  return out;
}

/**
 * Fields from an Ashby posting object: the job-board API job or the `posting` inside a job
 * page's `window.__appData`. Same field names in both.
 */
export function fieldsFromAshbyPosting(
  posting: Record<string, unknown>,
  env: HtmlEnv,
  source: 'adapter' | 'api',
  company: string | null = null,
): PageFields {
  const html = cleanString(posting.descriptionHtml, 5_000_000);
  const plain = typeof posting.descriptionPlain === 'string' ? posting.descriptionPlain : null;
  const descriptionText = html ? htmlToText(html, env) : plain ? htmlToText(plain, env) : null;
  const remote = posting.isRemote === true;
  const fields: PageFields = {
    source,
    title: cleanString(posting.title),
    company: company ?? cleanString(posting.organizationName),
    jobId: cleanString(posting.id) ?? cleanString(posting.jobId),
    locations: locationsOf(posting),
    workplace: workplaceOf(posting.workplaceType) ?? (remote ? 'remote' : null),
    employmentType: employmentTypeOf(posting.employmentType),
    descriptionText: descriptionText || null,
    reasons: [source === 'api' ? 'Ashby job-board API object' : 'Ashby job page'],
  };
  const salaries = ashbySalaries(posting);
  if (salaries.length > 0) fields.structuredSalary = salaries;
  return fields;
}
