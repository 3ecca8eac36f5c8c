/** US states and DC: postal code -> name. Pay tiers are written either way ("Colorado", "CO"). */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** Normalised name -> code, longest first so "west virginia" is taken before "virginia". */
const CODE_BY_NAME: ReadonlyArray<[string, string]> = Object.entries(US_STATES)
  .map(([code, name]): [string, string] => [name.toLowerCase(), code])
  .sort((a, b) => b[0].length - a[0].length);

const WORD_LIKE_CODES = new Set([
  'OR',
  'IN',
  'ME',
  'OK',
  'HI',
  'DE',
  'LA',
  'PA',
  'MA',
  'OH',
  'ID',
  'AL',
  'CO',
  'GA',
  'MI',
  'MO',
  'ND',
  'SC',
]);

/** A postal code written as a word of its own ("Denver, CO"), in capitals. */
const CODE_WORD = new RegExp(`\\b(?:${Object.keys(US_STATES).join('|')})\\b`, 'g');

/**
 * Lower-cased words with single spaces, so "New  York," and "new york" compare equal. The
 * space comes from a function: V8's replace with a string slows down several times over once
 * a text has a few hundred thousand matches.
 */
export function normalizePlace(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, () => ' ')
    .trim();
}

/**
 * The state codes a place text names, by full name (any case) or by postal code. Codes must be
 * written in capitals ("Denver, CO"), because lower-case "or", "in", "me" are ordinary words;
 * a text that is only a code ("co") is taken as one whatever its case.
 */
export function statesIn(text: string): Set<string> {
  const found = new Set<string>();
  let padded = ` ${normalizePlace(text)} `;
  for (const [name, code] of CODE_BY_NAME) {
    if (!padded.includes(` ${name} `)) continue;
    found.add(code);
    padded = padded.replaceAll(` ${name} `, '  ');
  }
  // "New York City" and "Washington, DC" name cities, not the states of New York and Washington.
  if (/\bnew york city\b/i.test(text) && !/\bnew york(?! city)\b/i.test(text)) found.delete('NY');
  if (/\bwashington,? d\.?c\b/i.test(text)) {
    found.delete('WA');
    found.add('DC');
  }
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && US_STATES[trimmed.toUpperCase()]) {
    found.add(trimmed.toUpperCase());
  }
  // In all-capitals text, codes that are also English words ("OR", "IN") are just words.
  const shouting = !/\p{Ll}/u.test(text) && /\s/.test(trimmed);
  for (const word of text.match(CODE_WORD) ?? []) {
    if (!(shouting && WORD_LIKE_CODES.has(word))) found.add(word);
  }
  return found;
}
