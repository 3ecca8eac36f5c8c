import { type Budget, budgetFor, withinBudget } from './budgets.ts';

/**
 * ok / over: measured against a budget. info: measured, no budget. n/a: could not be measured
 * for a known reason (the note says which); error: the measurement itself failed (a bug in
 * the bench or the product), which fails --check like a broken budget.
 */
export type Status = 'ok' | 'over' | 'info' | 'n/a' | 'error';

export interface Figure {
  id: string;
  section: string;
  label: string;
  value: number | null;
  unit: string;
  budget: Budget | null;
  status: Status;
  note?: string;
}

export function figure(
  section: string,
  id: string,
  label: string,
  value: number,
  unit: string,
  note?: string,
): Figure {
  const budget = budgetFor(id);
  const status: Status = !Number.isFinite(value)
    ? 'error'
    : budget
      ? withinBudget(value, budget)
        ? 'ok'
        : 'over'
      : 'info';
  return { id, section, label, value, unit, budget, status, ...(note ? { note } : {}) };
}

export function unavailable(
  section: string,
  id: string,
  label: string,
  unit: string,
  reason: string,
  status: 'n/a' | 'error' = 'n/a',
): Figure {
  return { id, section, label, value: null, unit, budget: budgetFor(id), status, note: reason };
}

export function failed(f: Figure): boolean {
  return f.status === 'over' || f.status === 'error';
}

/** One measurement group: its figures plus free-form detail tables for the report. */
export interface SectionResult {
  /** Where the tables go when there are no figures to take the section from. */
  section?: string;
  figures: Figure[];
  tables?: DetailTable[];
}

export interface DetailTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}
