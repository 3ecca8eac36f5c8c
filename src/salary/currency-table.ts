import { KeyFilter } from '../text/key-filter.ts';

/**
 * What the salary parser knows about currencies: ISO codes, symbols, which symbols are
 * ambiguous dollars, and a rough size of each unit used only to judge magnitude.
 */

/** Active ISO 4217 codes: a structured source may name any of them. */
const ISO_CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
  'BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
  'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR ' +
  'KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
  'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR ' +
  'SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS ' +
  'UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL';
const ISO_SET = new Set(ISO_CODES.split(' '));

/**
 * Rough units per US dollar, to one significant figure. Only used to tell an hourly figure
 * from a yearly one and to reject absurd magnitudes, never to convert money for display.
 * Codes also double as the set the TEXT scanner accepts: common codes that are not English
 * words (ALL, TOP, CUP, MOP... are left out so "ALL 3 roles" is not money).
 */
const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.9,
  GBP: 0.8,
  CAD: 1.4,
  AUD: 1.5,
  NZD: 1.6,
  SGD: 1.3,
  HKD: 8,
  CHF: 0.9,
  SEK: 10,
  NOK: 10,
  DKK: 7,
  ISK: 140,
  PLN: 4,
  CZK: 23,
  HUF: 360,
  RON: 4.6,
  BGN: 1.8,
  UAH: 40,
  RUB: 90,
  TRY: 32,
  ILS: 3.7,
  AED: 3.7,
  SAR: 3.8,
  QAR: 3.6,
  INR: 83,
  PKR: 280,
  LKR: 300,
  BDT: 110,
  NPR: 130,
  JPY: 150,
  CNY: 7.2,
  KRW: 1350,
  TWD: 32,
  PHP: 56,
  IDR: 15500,
  MYR: 4.7,
  THB: 36,
  VND: 25000,
  BRL: 5,
  MXN: 17,
  ARS: 900,
  CLP: 930,
  COP: 4000,
  PEN: 3.7,
  UYU: 40,
  ZAR: 18,
  NGN: 1500,
  KES: 130,
  EGP: 48,
  MAD: 10,
};

/** Codes the text scanner treats as currency when written next to a figure. */
export const TEXT_CODES: ReadonlySet<string> = new Set(
  Object.keys(UNITS_PER_USD).filter((c) => c !== 'TRY' && c !== 'MAD'),
);

/** Symbols that name one currency. `$` is handled apart: it needs context. */
export const SYMBOLS: Readonly<Record<string, string>> = {
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₽': 'RUB',
  '₺': 'TRY',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  '₦': 'NGN',
  '₴': 'UAH',
};

/** Letters glued before `$` that pin the dollar down ("CA$", "A$", "US$"). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD',
  USD: 'USD',
  CA: 'CAD',
  C: 'CAD',
  CAD: 'CAD',
  A: 'AUD',
  AU: 'AUD',
  AUD: 'AUD',
  NZ: 'NZD',
  S: 'SGD',
  SG: 'SGD',
  HK: 'HKD',
  R: 'BRL',
  MX: 'MXN',
  NT: 'TWD',
};

/** Currency words and short local signs written as words. Weak ones are not a money marker alone. */
const CURRENCY_WORDS: Readonly<Record<string, { code: string; weak: boolean }>> = {
  zł: { code: 'PLN', weak: false },
  zl: { code: 'PLN', weak: true },
  rs: { code: 'INR', weak: false },
  kr: { code: 'SEK', weak: false },
  kč: { code: 'CZK', weak: false },
  円: { code: 'JPY', weak: false },
  // Rand: a capital R before a figure, money only with a period or a pay word near it.
  R: { code: 'ZAR', weak: true },
  lei: { code: 'RON', weak: true },
  dollars: { code: 'USD', weak: true },
  euros: { code: 'EUR', weak: true },
  euro: { code: 'EUR', weak: true },
  rupees: { code: 'INR', weak: true },
};

/** A currency word as written ("zł", "Rs", "KR", "Euros"), without lower-casing every word scanned. */
const CURRENCY_WORD_FORMS = new Map<string, { code: string; weak: boolean }>();
for (const [w, entry] of Object.entries(CURRENCY_WORDS)) {
  for (const form of [w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1)]) {
    CURRENCY_WORD_FORMS.set(form, entry);
  }
}

/** First characters of the forms: most words are turned away before the map. */
// Most words of a text share no length and end letters with a currency word: turned away
// before the map is asked (the filter folds case; the map then tells the forms apart).
const WORD_FILTER = new KeyFilter(CURRENCY_WORD_FORMS.keys());

export function currencyWord(word: string): { code: string; weak: boolean } | undefined {
  return WORD_FILTER.mayHave(word) ? CURRENCY_WORD_FORMS.get(word) : undefined;
}

/** Currencies written with a `$`: a page-level default among these decides a bare `$`. */
export const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set([
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'MXN',
  'TWD',
  'BRL',
  'ARS',
  'CLP',
  'COP',
]);

/** Currencies written "kr": a page default among these beats the SEK fallback. */
export const KRONA_CURRENCIES: ReadonlySet<string> = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

/** The code a currency symbol names ("£" -> GBP), or null; own keys only, never the prototype's. */
export function symbolCode(symbol: string): string | null {
  return Object.hasOwn(SYMBOLS, symbol) ? (SYMBOLS[symbol] as string) : null;
}

/** The dollar letters before "$" name ("CA" -> CAD), or null. */
export function dollarPrefixCode(letters: string): string | null {
  return Object.hasOwn(DOLLAR_PREFIXES, letters) ? (DOLLAR_PREFIXES[letters] as string) : null;
}

export function isIsoCode(code: string): boolean {
  return ISO_SET.has(code);
}

/** Rough units per USD; unknown currencies count as dollar-sized (the lenient guess). */
export function unitsPerUsd(code: string): number {
  return Object.hasOwn(UNITS_PER_USD, code) ? (UNITS_PER_USD[code] ?? 1) : 1;
}

/** A currency field from structured data ("usd", "US$", "€") as an ISO code, or null. */
export function normalizeCurrency(raw: string): string | null {
  const t = raw.trim();
  const upper = t.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && isIsoCode(upper)) return upper;
  if (t === '$') return 'USD';
  const sym = symbolCode(t);
  if (sym) return sym;
  if (t.endsWith('$')) return dollarPrefixCode(upper.slice(0, -1));
  return currencyWord(t.toLowerCase())?.code ?? null;
}
