import type { Candidate } from './candidate.ts';
import { unitsPerUsd } from './currency-table.ts';
import { figureShapeProblem } from './figure-shape.ts';
import type { Token } from './tokenize.ts';

/**
 * The rules that decide whether a candidate figure is pay, from its own shape and from
 * whether a pay word stands near it (the words themselves are read by pay-context.ts).
 */

/** Million-scale multipliers are pay only in currencies with small units (¥8M, ₩60M). */
const SMALL_UNIT_CURRENCY = 50;

/** Figures that cannot be pay whatever the words around them say (shape, scale). */
export function impossible(tokens: Token[], c: Candidate): boolean {
  const strong = c.code !== null || c.dollar;
  if (figureShapeProblem(tokens, c, strong || c.weakCode !== null)) return true;
  for (const a of c.amounts) {
    const m = a.multiplier;
    const millions = m !== null && m.factor >= 1e6 && !m.indian;
    if (millions && unitsPerUsd(c.code ?? 'USD') < SMALL_UNIT_CURRENCY) return true;
  }
  return false;
}

/**
 * Whether the figure reads as pay, given whether a pay word is near it. A range written
 * with a currency, a period or a k/lakh scale is pay-shaped on its own; a lone figure needs
 * a period or a pay word ("💰 253000.0 USD" in a board header is neither). A cue never makes a
 * figure less pay: the scan asks with both cues set first, to skip reading the words.
 */
export function isPay(c: Candidate, positive: boolean, leadingPeriod = false): boolean {
  const strong = c.code !== null || c.dollar;
  const scaled = c.amounts[0]?.multiplier != null || c.amounts[1]?.multiplier != null;
  // "Mensuel de 1800 Euros à 1900 Euros": a period word before a figure with a currency.
  const period = c.period !== null || (leadingPeriod && (strong || c.weakCode !== null));
  if (c.isRange) return strong || period || positive || scaled;
  if (period) return true;
  // A lone unmarked figure needs salary size: "Salary: 52000", not "Graph 2: Compensation".
  const size = c.min ?? c.max ?? 0;
  return positive && (strong || c.weakCode !== null || size >= 1000);
}
