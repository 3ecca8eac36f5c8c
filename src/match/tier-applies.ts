import type { SalaryRange } from '../schema/salary.ts';
import { countriesIn } from './places.ts';

/**
 * Whether a pay range can apply to this job: a tier stated for one country ("for U.S.-based
 * roles") does not apply to a job whose places are all in other countries. Where either side
 * names no country, it may apply.
 */
export function tierApplies(range: SalaryRange, jobLocations: readonly string[]): boolean {
  if (!range.location) return true;
  const tier = countriesIn(range.location);
  if (tier.size === 0) return true;
  const job = new Set(jobLocations.flatMap((p) => [...countriesIn(p)]));
  if (job.size === 0) return true;
  return [...tier].some((c) => job.has(c));
}
