import { foldAccents } from '../text/fold.ts';
import countryTable from './data/countries.json' with { type: 'json' };
import regionTable from './data/regions.json' with { type: 'json' };
import { normalizePlace, statesIn } from './us-states.ts';

/** Lower case, accents folded (text/fold.ts), every other mark a space: "Zürich, CH" -> "zurich ch". */
export function foldPlace(text: string): string {
  return normalizePlace(foldAccents(text));
}

type Table = Record<string, string[] | string>;

/** [folded name, country code], longest first so "united states" wins over "us". */
function namesOf(table: Table, short: boolean): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [code, names] of Object.entries(table)) {
    if (code.startsWith('_') || !Array.isArray(names)) continue;
    for (const name of names) if (name.length <= 2 === short) rows.push([foldPlace(name), code]);
  }
  return rows.sort((a, b) => b[0].length - a[0].length);
}

const COUNTRY_NAMES = namesOf(countryTable as Table, false);
const REGION_NAMES = namesOf(regionTable as Table, false);
const SHORT_CODES = new Map([
  ...namesOf(countryTable as Table, true),
  ...namesOf(regionTable as Table, true),
]);

/** English name of a country code, for reasons ("Canada"). */
export function countryName(code: string): string {
  const names = (countryTable as Table)[code];
  const first = Array.isArray(names) ? names[0] : undefined;
  if (!first) return code;
  if (code === 'US') return 'the United States';
  if (code === 'GB') return 'the United Kingdom';
  return first.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * The countries a place line names: country names in the supported languages, first-level
 * regions, US states ("Denver, CO"), and two-letter codes only as a whole comma part
 * ("Toronto, ON"), where they cannot be ordinary words.
 */
export function countriesIn(place: string): Set<string> {
  const found = new Set<string>();
  let padded = ` ${foldPlace(place)} `;
  for (const [name, code] of [...COUNTRY_NAMES, ...REGION_NAMES]) {
    if (!padded.includes(` ${name} `)) continue;
    found.add(code);
    padded = padded.replaceAll(` ${name} `, '  ');
  }
  for (const part of splitPlace(place).slice(1)) {
    const code = SHORT_CODES.get(foldPlace(part));
    if (code) found.add(code);
  }
  for (const word of place.match(/\b(?:US|USA|UK)\b/g) ?? [])
    found.add(word === 'UK' ? 'GB' : 'US');
  // A US state counts only where no other country is named ("Toronto, ON, CA" is Canada).
  if ([...found].every((c) => c === 'US') && statesIn(place).size > 0) found.add('US');
  return found;
}

/** "Remote - Canada", "Austin, TX (Hybrid)" -> its parts. */
const splitPlace = (place: string): string[] => place.split(/[,;/|()]|\s[-–—]\s/);

const NOT_A_CITY = new Set(['remote', 'hybrid', 'anywhere', 'worldwide', 'on site', 'onsite']);

/** The city a place line starts with ("Austin, TX" -> "austin"), or null. */
export function cityIn(place: string): string | null {
  const parts = splitPlace(place).map(foldPlace).filter(Boolean);
  const first = parts[0];
  if (!first || NOT_A_CITY.has(first)) return null;
  // A line that is only a country or a region names no city.
  if (parts.length === 1 && countriesIn(place).size > 0) return null;
  return first;
}
