import { asArray, cleanString, isRecord } from './field-values.ts';
import type { RawSalary } from './page-fields.ts';

/** Name of an Organization, Country, Place... or the string itself. */
export function nameOf(v: unknown): string | null {
  if (isRecord(v)) return cleanString(v.name) ?? cleanString(v['@value']);
  return cleanString(v);
}

function addressText(address: unknown): string | null {
  if (!isRecord(address)) return cleanString(address);
  const parts = [
    cleanString(address.addressLocality),
    cleanString(address.addressRegion),
    nameOf(address.addressCountry),
  ].filter((p): p is string => p !== null);
  const unique = parts.filter(
    (p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i,
  );
  return unique.length > 0 ? unique.join(', ') : null;
}

/** "City, Region, Country" for each Place in jobLocation (object, array or string). */
export function placeNames(jobLocation: unknown): string[] {
  const out: string[] = [];
  for (const place of asArray(jobLocation).slice(0, 50)) {
    const text = isRecord(place)
      ? (addressText(place.address) ?? nameOf(place))
      : cleanString(place);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** Names in applicantLocationRequirements (Country, State, or AdministrativeArea). */
export function applicantRegions(v: unknown): string[] {
  const out: string[] = [];
  for (const item of asArray(v).slice(0, 50)) {
    const name = nameOf(item);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function fromQuantitative(q: Record<string, unknown>, currency: unknown, unit: unknown): RawSalary {
  const raw: RawSalary = { currency: q.currency ?? currency, unit: q.unitText ?? unit };
  if ('minValue' in q) raw.min = q.minValue;
  if ('maxValue' in q) raw.max = q.maxValue;
  if ('value' in q) raw.value = isRecord(q.value) ? q.value.value : q.value;
  // MonetaryAmountDistribution: percentiles when no bounds are stated.
  if (raw.min === undefined && raw.max === undefined && raw.value === undefined) {
    if ('percentile10' in q) raw.min = q.percentile10;
    if ('percentile90' in q) raw.max = q.percentile90;
    if ('median' in q && raw.min === undefined) raw.value = q.median;
  }
  return raw;
}

/**
 * baseSalary flattened to RawSalary, one per amount: MonetaryAmount with a
 * QuantitativeValue (or number, or string) value, a bare QuantitativeValue, a bare number or
 * string, or arrays of these. No validation: the salary module judges the values.
 */
export function rawSalaries(v: unknown): RawSalary[] {
  const out: RawSalary[] = [];
  // Some generators wrap the list once more ([[{MonetaryAmount}]]): read through nesting.
  for (const item of asArray(v).slice(0, 20).flat(3).slice(0, 20)) {
    if (typeof item === 'number' || typeof item === 'string') {
      out.push({ value: item });
      continue;
    }
    if (!isRecord(item)) continue;
    const currency = item.currency ?? item.salaryCurrency;
    const unit = item.unitText ?? item.duration;
    const values = asArray(item.value);
    if (values.length === 0) {
      out.push(fromQuantitative(item, currency, unit));
      continue;
    }
    for (const value of values.slice(0, 20)) {
      if (isRecord(value)) out.push(fromQuantitative(value, currency, unit));
      else out.push({ value, currency, unit, ...bounds(item) });
    }
  }
  return out.filter((r) => r.min !== undefined || r.max !== undefined || r.value !== undefined);
}

function bounds(item: Record<string, unknown>): Partial<RawSalary> {
  const out: Partial<RawSalary> = {};
  if ('minValue' in item) out.min = item.minValue;
  if ('maxValue' in item) out.max = item.maxValue;
  return out;
}
