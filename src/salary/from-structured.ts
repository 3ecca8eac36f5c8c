import type { RawSalary } from '../page/page-fields.ts';
import type { FieldSource, PayPeriod, SalaryRange } from '../schema/salary.ts';
import { truncate } from '../text/truncate.ts';
import { annualize } from './annualize.ts';
import { normalizeCurrency } from './currency-table.ts';
import { inferPeriodByMagnitude, unitToPeriod } from './period-words.ts';
import { implausibleRange, roughUsd } from './plausibility.ts';
import { basisOf, rangeProblem } from './range-check.ts';
import { readCandidate } from './range-grammar.ts';
import { tokenize } from './tokenize.ts';

/**
 * A salary from a structured source (JSON-LD baseSalary, Lever salaryRange, Ashby
 * compensation) as a SalaryRange, or null with the reason. Such data lies (string numbers,
 * wrong types, min above max, an annual figure labelled HOUR), so every value is checked
 * and a doubtful one is rejected rather than turned into a wrong number.
 */
export interface StructuredSalaryResult {
  range: SalaryRange | null;
  problem: string | null;
}

interface Figure {
  min: number | null;
  max: number | null;
  /** Currency written inside a string value ("$120,000", "€60k"), or null. */
  currency: string | null;
  period: PayPeriod | null;
}

type Read = Figure | { problem: string } | null;

const MAX_STRING = 200;

function fail(problem: string): StructuredSalaryResult {
  return { range: null, problem };
}

/** A string amount or range, read with the text scanner: "120k", "$120,000", "$120k-$150k". */
function readString(s: string, field: string): Read {
  const text = s.trim();
  if (text === '') return null;
  if (text.length > MAX_STRING) return { problem: `${field} is too long to be an amount` };
  if (/^[-−]\s*[^\s\d]{0,4}\s*\d/.test(text)) return { problem: `${field} is negative (${text})` };
  const tokens = tokenize(text);
  const start = tokens.findIndex((t) => t.kind === 'num' || t.kind === 'sym' || t.kind === 'word');
  const c = start < 0 ? null : readCandidate(tokens, start);
  if (!c) return { problem: `${field} "${text}" is not an amount` };
  const currency = c.code ?? (c.dollar ? 'USD' : null) ?? c.weakCode;
  return { min: c.min, max: c.max, currency, period: c.period };
}

/** One field (min, max or value) as a figure, null when absent, or a problem. */
function readField(v: unknown, field: string): Read {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { problem: `${field} is not a finite number` };
    if (v < 0) return { problem: `${field} is negative (${v})` };
    return { min: v, max: v, currency: null, period: null };
  }
  if (typeof v === 'string') return readString(v, field);
  return { problem: `${field} has the wrong type (${Array.isArray(v) ? 'array' : typeof v})` };
}

function isProblem(r: Read): r is { problem: string } {
  return r !== null && 'problem' in r;
}

function readCurrencyField(v: unknown): string | null | { problem: string } {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') {
    return { problem: `currency has the wrong type (${Array.isArray(v) ? 'array' : typeof v})` };
  }
  return normalizeCurrency(v) ?? { problem: `unknown currency "${truncate(v, 20)}"` };
}

/** Structured data has no prose: its text is the fields as given, "150000–180000 USD per-year-salary". */
function sourceText(raw: RawSalary): string {
  const show = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const bounds = [show(raw.min), show(raw.max)].filter(Boolean).join('–');
  const parts = [bounds || show(raw.value), show(raw.currency), show(raw.unit)].filter(Boolean);
  return truncate(parts.join(' '), MAX_STRING);
}

function combine(min: Read, max: Read, value: Read): Figure | { problem: string } {
  for (const r of [min, max, value]) if (isProblem(r)) return r;
  const lo = min as Figure | null;
  const hi = max as Figure | null;
  if (lo || hi) {
    return {
      min: lo?.min ?? null,
      max: hi?.max ?? null,
      currency: lo?.currency ?? hi?.currency ?? null,
      period: lo?.period ?? hi?.period ?? null,
    };
  }
  return (
    (value as Figure | null) ?? { problem: 'no amount given (min, max and value are all empty)' }
  );
}

function build(raw: RawSalary, source: FieldSource): StructuredSalaryResult {
  if (raw === null || typeof raw !== 'object') return fail('salary is not an object');
  const figure = combine(
    readField(raw.min, 'min'),
    readField(raw.max, 'max'),
    readField(raw.value, 'value'),
  );
  if ('problem' in figure) return fail(figure.problem);
  const field = readCurrencyField(raw.currency);
  if (field !== null && typeof field === 'object') return fail(field.problem);
  const currency = field ?? figure.currency;
  if (!currency) return fail('no currency given');
  if (raw.unit !== undefined && raw.unit !== null && typeof raw.unit !== 'string') {
    return fail(`unit has the wrong type (${typeof raw.unit})`);
  }
  // Unknown or missing unit: inferred from magnitude, as for prose (see inferPeriodByMagnitude).
  const unit = typeof raw.unit === 'string' ? unitToPeriod(raw.unit) : null;
  const size = roughUsd(figure.max ?? figure.min ?? 0, currency);
  const period = unit ?? figure.period ?? inferPeriodByMagnitude(size);
  const why = implausibleRange(figure.min, figure.max, period, currency);
  if (why) return fail(why);
  const range: SalaryRange = {
    min: figure.min,
    max: figure.max,
    currency,
    currencyAssumed: false,
    period,
    location: typeof raw.location === 'string' && raw.location.trim() ? raw.location.trim() : null,
    basis: basisOf(raw.basis) ?? 'base',
    annual: annualize(figure.min, figure.max, period),
    text: sourceText(raw),
    source,
  };
  const problem = rangeProblem(range);
  if (problem) return fail(`invalid salary: ${problem}`);
  return { range, problem: null };
}

export function structuredSalary(raw: RawSalary, source: FieldSource): StructuredSalaryResult {
  try {
    return build(raw, source);
  } catch (e) {
    return fail(`could not read salary: ${e instanceof Error ? e.message : String(e)}`);
  }
}
