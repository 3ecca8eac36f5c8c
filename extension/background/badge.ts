import type { Match } from '../../src/schema/match.ts';
import { BAND_COLOURS, bandOf } from '../shared/score-band.ts';

export { BAND_COLOURS, type Band, bandOf } from '../shared/score-band.ts';

/** A posting but no profile to score it against. */
const NO_PROFILE_COLOUR = '#455a64';

export interface Badge {
  text: string;
  color: string | null;
}

/** The toolbar badge for a tab: the score coloured by band, a dot without a profile, or nothing. */
export function badgeFor(isPosting: boolean, match: Match | null): Badge {
  if (!isPosting) return { text: '', color: null };
  if (!match) return { text: '•', color: NO_PROFILE_COLOUR };
  return { text: String(match.score), color: BAND_COLOURS[bandOf(match.score)] };
}
