import { letterDotWords, letterWords } from '../text/letter-words.ts';

/**
 * Place names and tier words a pay-transparency label is made of. A label must contain one
 * of them, so "Employer Provided" or "Base part" before a colon is not taken for a tier.
 */

const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia ' +
  'Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts ' +
  'Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon ' +
  'Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming';
const US_STATES_TWO_WORDS =
  'new hampshire|new jersey|new mexico|new york|north carolina|north dakota|rhode island|' +
  'south carolina|south dakota|west virginia|district of columbia|puerto rico';
const US_CODES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH ' +
  'NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR NYC SF SFBA US USA UK EU ' +
  'EMEA APAC LATAM UAE';
const COUNTRIES =
  'Canada Mexico Brazil Argentina Chile Colombia Peru Uruguay UK Britain England Scotland Wales ' +
  'Ireland France Germany Spain Portugal Italy Netherlands Belgium Luxembourg Switzerland ' +
  'Austria Poland Czechia Slovakia Hungary Romania Bulgaria Greece Croatia Serbia Slovenia ' +
  'Estonia Latvia Lithuania Finland Sweden Norway Denmark Iceland Ukraine Turkey Israel Egypt ' +
  'Nigeria Kenya India Pakistan Bangladesh Japan China Korea Taiwan Singapore Malaysia ' +
  'Indonesia Philippines Vietnam Thailand Australia Zealand Europe America Americas Asia ' +
  'Africa Ontario Quebec Alberta Columbia Manitoba Berlin Munich London Paris Dublin Amsterdam ' +
  'Toronto Vancouver Montreal Sydney Melbourne Bangalore Bengaluru Mumbai Delhi Hyderabad ' +
  'Pune Chennai Seattle Boston Chicago Austin Denver Atlanta Miami Portland Philadelphia ' +
  'Francisco Angeles Diego Jose Bay Brooklyn Manhattan NYC Remote';
/** Words that name a tier rather than a place ("Zone A", "Tier 2", "other U.S. locations"). */
const TIER_WORDS =
  'zone zones tier tiers region regions geo band bands area areas market markets location ' +
  'locations metro metropolitan city cities state states country countries hub hubs remote ' +
  'level levels grade grades';
/** Tier words that make a bare heading line a tier label ("All other US locations"). */
const HEADING_TIER_WORDS = new Set(
  'zone zones tier tiers region regions band bands area areas market markets locations level grade'.split(
    ' ',
  ),
);

const NAMES = new Set([...US_STATES.split(' '), ...COUNTRIES.split(' ')]);
const CODES = new Set(US_CODES.split(' '));
const TIERS = new Set(TIER_WORDS.split(' '));
const TWO_WORDS = new RegExp(`\\b(${US_STATES_TWO_WORDS}|united states|united kingdom)\\b`, 'i');

/** True when the label names a place or a tier somewhere in it. */
export function looksLikeLocation(label: string): boolean {
  if (TWO_WORDS.test(label)) return true;
  for (const raw of letterDotWords(label)) {
    const word = raw.replace(/\./g, '');
    if (!word) continue;
    if (CODES.has(word) || NAMES.has(word)) return true;
    if (TIERS.has(word.toLowerCase())) return true;
  }
  return false;
}

/** True when a heading line names a tier by a tier word, not just a place. */
export function namesTier(label: string): boolean {
  for (const w of letterWords(label.toLowerCase())) if (HEADING_TIER_WORDS.has(w)) return true;
  return false;
}

/** Country codes a label may be written as, expanded only when the currency agrees. */
const COUNTRY_CODES: Readonly<Record<string, { name: string; currency: string }>> = {
  US: { name: 'United States', currency: 'USD' },
  USA: { name: 'United States', currency: 'USD' },
  UK: { name: 'United Kingdom', currency: 'GBP' },
  GB: { name: 'United Kingdom', currency: 'GBP' },
  CA: { name: 'Canada', currency: 'CAD' },
  AU: { name: 'Australia', currency: 'AUD' },
  NZ: { name: 'New Zealand', currency: 'NZD' },
  IN: { name: 'India', currency: 'INR' },
  DE: { name: 'Germany', currency: 'EUR' },
  IE: { name: 'Ireland', currency: 'EUR' },
  SG: { name: 'Singapore', currency: 'SGD' },
  CH: { name: 'Switzerland', currency: 'CHF' },
};

/**
 * "US" -> "United States", "CA" with CA$ -> "Canada". Two-letter US state codes stay as
 * written: "CA" with a US dollar figure is California.
 */
export function expandCountryCode(label: string, currency: string): string {
  const key = label.replace(/\./g, '').trim();
  const hit = COUNTRY_CODES[key];
  if (!hit) return label;
  return hit.currency === currency ? hit.name : label;
}
