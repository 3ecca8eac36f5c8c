import { formatAnnual, formatSalaryRange } from '../../src/format/salary-format.ts';
import { tierApplies } from '../../src/match/tier-applies.ts';
import { chooseRange } from '../../src/match/tier-select.ts';
import type { SalaryRange } from '../../src/schema/salary.ts';

export interface SalaryRow {
  /** Exactly as the posting writes it. */
  written: string;
  /** Normalised: "USD 60–75/hr". */
  normalized: string;
  /** Per year, or null when the range is yearly already. */
  annual: string | null;
  tier: string | null;
  basis: SalaryRange['basis'];
  currencyAssumed: boolean;
  /** The tier that applies to the profile's location. */
  yours: boolean;
  /** False for a tier stated for another country than the job's ("for U.S.-based roles"). */
  applies: boolean;
}

/** Every range of the posting, with the one for the profile's location marked. */
export function salaryRows(
  ranges: readonly SalaryRange[],
  profileLocation: string | null,
  jobLocations: readonly string[] = [],
): SalaryRow[] {
  const here = ranges.filter((r) => tierApplies(r, jobLocations));
  const chosen = here.length > 1 && profileLocation ? chooseRange(here, profileLocation) : null;
  const yours =
    chosen && (chosen.how === 'location' || chosen.how === 'other') ? chosen.range : null;
  return ranges.map((r) => ({
    written: r.text,
    normalized: formatSalaryRange(r, { withLocation: false }),
    annual: formatAnnual(r),
    tier: r.location,
    basis: r.basis,
    currencyAssumed: r.currencyAssumed,
    yours: r === yours,
    applies: here.includes(r),
  }));
}
