import type { SalaryRange } from '../schema/salary.ts';
import { normalizePlace, statesIn } from './us-states.ts';

export type TierChoice =
  | 'only' // one candidate range
  | 'location' // the tier matching the profile location
  | 'other' // no tier named the location; the "all other locations" tier
  | 'first'; // no way to tell; the first range the posting states

export interface ChosenRange {
  range: SalaryRange;
  how: TierChoice;
}

/** A catch-all tier ("other U.S. locations", "all remaining states", "rest of US"). */
const CATCH_ALL = /\b(other|remaining|rest of|elsewhere|everywhere else)\b/i;

/**
 * How well a tier label fits the profile's location: 4 the same US state, 3 one text contains
 * the other, 1 a catch-all tier, 0 no fit. States beat containment so "Denver, Colorado, United
 * States" picks the "Colorado" tier over a "United States" one.
 */
export function tierFit(label: string | null, profileLocation: string): number {
  if (label === null) return 0;
  const a = normalizePlace(label);
  const b = normalizePlace(profileLocation);
  if (a === '' || b === '') return 0;
  const labelStates = statesIn(label);
  for (const state of statesIn(profileLocation)) if (labelStates.has(state)) return 4;
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return 3;
  return CATCH_ALL.test(label) ? 1 : 0;
}

/**
 * The range to compare with the profile's target. Base pay is preferred over OTE/total cash
 * (targets are base pay); among tiers, the one that fits the profile location best.
 */
export function chooseRange(
  ranges: readonly SalaryRange[],
  profileLocation: string | null | undefined,
): ChosenRange | null {
  const base = ranges.filter((r) => r.basis === 'base');
  const pool = base.length > 0 ? base : [...ranges];
  const first = pool[0];
  if (first === undefined) return null;
  if (pool.length === 1) return { range: first, how: 'only' };
  const location = profileLocation?.trim() ?? '';
  if (location === '') return { range: first, how: 'first' };
  let best = first;
  let bestFit = 0;
  for (const range of pool) {
    const fit = tierFit(range.location, location);
    if (fit > bestFit) {
      best = range;
      bestFit = fit;
    }
  }
  if (bestFit === 0) return { range: first, how: 'first' };
  return { range: best, how: bestFit === 1 ? 'other' : 'location' };
}
