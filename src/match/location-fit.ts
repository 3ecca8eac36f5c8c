import type { LocationFit } from '../schema/match.ts';
import type { Posting } from '../schema/posting.ts';
import type { Profile } from '../schema/profile.ts';
import { cityIn, countriesIn, countryName } from './places.ts';

type Status = LocationFit['status'];
interface Part {
  status: Exclude<Status, 'unknown'>;
  detail: string;
}

const ORDER: Record<Part['status'], number> = { mismatch: 0, partial: 1, fits: 2 };
const REMOTE_WORD = /\b(remote|anywhere|work from home|wfh)\b/i;

const union = (sets: Iterable<Set<string>>) => new Set([...sets].flatMap((s) => [...s]));
const names = (codes: Set<string>) => [...codes].map(countryName).join(' or ');

/** The workplace the posting states, or "remote" when its only places say so. */
function workplaceOf(posting: Posting): Posting['workplace'] {
  if (posting.workplace) return posting.workplace;
  const places = posting.locations;
  return places.length > 0 && places.every((p) => REMOTE_WORD.test(p)) ? 'remote' : null;
}

/** Remote-only users and on-site or hybrid jobs. */
function workplacePart(pref: Profile['remote'], workplace: Posting['workplace']): Part | null {
  if (pref !== 'remote' || !workplace || workplace === 'remote') return null;
  return workplace === 'onsite'
    ? { status: 'mismatch', detail: 'On-site job; you want remote work' }
    : { status: 'partial', detail: 'Hybrid job; you want remote work only' };
}

/** Where the job is against where the user is: another country, another city, or theirs. */
function placePart(home: string, posting: Posting, workplace: Posting['workplace']): Part | null {
  const homeCountries = countriesIn(home);
  const places = posting.locations.filter((p) => p.trim() !== '');
  const jobCountries = union(places.map(countriesIn));
  if (homeCountries.size > 0 && jobCountries.size > 0) {
    const shared = [...homeCountries].some((c) => jobCountries.has(c));
    if (!shared) {
      const where = names(jobCountries);
      return workplace === 'remote'
        ? { status: 'mismatch', detail: `Remote within ${where} only; you are in ${home}` }
        : { status: 'mismatch', detail: `Job in ${where}, another country than yours (${home})` };
    }
  }
  if (workplace === 'remote')
    return jobCountries.size > 0
      ? { status: 'fits', detail: 'Remote job open where you are' }
      : null;
  const homeCity = cityIn(home);
  const jobCities = places.map(cityIn).filter((c): c is string => c !== null);
  if (!homeCity || jobCities.length === 0) return null;
  if (jobCities.includes(homeCity)) return { status: 'fits', detail: 'Job in your city' };
  const shown = places[0] ?? jobCities[0];
  return { status: 'partial', detail: `Job in ${shown}, not in your city (${home})` };
}

/**
 * How the job's place and workplace fit the profile's location and remote preference. A part
 * that cannot be judged (no place stated, or none in the profile) is left out; with neither
 * the fit is unknown and carries no weight in the score.
 */
export function locationFit(profile: Profile, posting: Posting): LocationFit {
  const workplace = workplaceOf(posting);
  const home = profile.location?.trim() ?? '';
  const parts = [
    workplacePart(profile.remote ?? null, workplace),
    home ? placePart(home, posting, workplace) : null,
  ].filter((p): p is Part => p !== null);
  if (parts.length === 0) return { status: 'unknown', detail: 'Location not compared' };
  return parts.sort((a, b) => ORDER[a.status] - ORDER[b.status])[0] as Part;
}
