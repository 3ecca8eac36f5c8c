/**
 * The raw material of broken input: every character class that has broken a text parser
 * somewhere. Computed from Unicode properties where possible, so "every currency symbol"
 * and "every dash" mean every one Unicode knows, not the ones we remembered.
 */

function codePointsMatching(re: RegExp, limit = 0x30000): string[] {
  const out: string[] = [];
  for (let c = 0; c < limit; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    if (re.test(ch)) out.push(ch);
  }
  return out;
}

/** Every Unicode currency symbol (general category Sc), plus the letter forms postings use. */
export const CURRENCY_SYMBOLS: readonly string[] = [
  ...codePointsMatching(/^\p{Sc}$/u),
  ...['zł', 'kr', 'Kč', 'Ft', 'lei', 'лв', 'руб', 'Rs', 'Rs.', 'Rp', 'RM', 'Br', 'KSh', 'Fr.'],
  ...['R$', 'CA$', 'C$', 'A$', 'AU$', 'NZ$', 'HK$', 'S$', 'US$', 'Mex$', 'RD$', 'TT$', 'NT$'],
];

/** Every ISO 4217 code the runtime knows, plus look-alikes that are not currencies. */
export const CURRENCY_CODES: readonly string[] = [
  ...Intl.supportedValuesOf('currency'),
  ...['usd', 'Usd', 'XXX', 'ZZZ', 'USDT', 'BTC', 'EURO', 'RMB', 'NTD', 'US'],
];

/** Every Unicode dash (Pd), the minus sign, the replacement character and mojibake dashes. */
export const DASHES: readonly string[] = [
  ...codePointsMatching(/^\p{Pd}$/u),
  '\u2212',
  '\u2043',
  '\ufe63',
  '\ufffd',
  'â€”',
  'â€“',
  'â€\ufffd',
  '--',
  '-–—',
];

export const ZERO_WIDTH: readonly string[] = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u034f',
  '\u180e',
  '\u061c',
  '\ufe0f',
];

/** Bidi embeddings, overrides, isolates and marks: U+202E turns "000,001$" into "$100,000". */
export const BIDI: readonly string[] = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
];

/** C0 and C1 controls, NUL and DEL. */
export const CONTROLS: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
];

/** Half surrogate pairs alone, and in the wrong order: not valid UTF-16. */
export const LONE_SURROGATES: readonly string[] = [
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\udc00\ud800',
  'a\ud83d',
  '\ude00b',
];

/** One to nine in every decimal digit system Unicode has (Arabic-Indic, Devanagari, ...). */
export const FOREIGN_DIGIT_RUNS: readonly string[] = (() => {
  const zeros = codePointsMatching(/^\p{Nd}$/u).filter((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c > 0x7f && /^\p{Nd}$/u.test(String.fromCodePoint(c + 9));
  });
  // Each system's zero is the first of a run of ten: keep the zeros only.
  const systems = zeros.filter((ch, i) => {
    const prev = zeros[i - 1];
    return !prev || (prev.codePointAt(0) ?? 0) !== (ch.codePointAt(0) ?? 0) - 1;
  });
  return systems.map((zero) => {
    const base = zero.codePointAt(0) ?? 0;
    // "120,000" written in that system's digits.
    return [1, 2, 0, ',', 0, 0, 0]
      .map((d) => (typeof d === 'number' ? String.fromCodePoint(base + d) : d))
      .join('');
  });
})();

/** Words in other scripts, our own, about pay: RTL, CJK, Indic, combining marks, emoji. */
export const SCRIPT_WORDS: readonly string[] = [
  'الراتب',
  'شهريا',
  'ريال',
  '١٢٠٬٠٠٠',
  '۱۲۰',
  'משכורת',
  '月薪',
  '年薪',
  '万元',
  '円',
  '給与',
  '연봉',
  '원',
  'वेतन',
  '१२०,०००',
  'рублей',
  'зарплата',
  '１２０，０００',
  '＄１２０',
  '๑๒๐',
  'e\u0301\u0301\u0301',
  '👩\u200d💻',
  '🇺🇸',
  '\u{e0001}\u{e0075}',
  'ﷺ',
  '\u0bf9',
];

/** Numbers past what money can be: overflow, exponent forms, 400-digit runs. */
export const HUGE_NUMBERS: readonly string[] = [
  '1e308',
  '1e309',
  '1.7976931348623157e308',
  '-1e308',
  '9'.repeat(400),
  '1'.repeat(16),
  `1${',000'.repeat(110)}`,
  `${'1,'.repeat(200)}000`,
  `0.${'0'.repeat(400)}1`,
  'Infinity',
  '-Infinity',
  'NaN',
  '-0',
  '0x1F4',
  '9007199254740993',
];

/**
 * Whole-word runs of 10,000 UTF-16 units, astral ones included: a cut at a fixed length
 * lands inside a surrogate pair half of the time.
 */
export const LONG_WORDS: readonly string[] = [
  ...['a', '9', '$', '-', ',', 'k', '\u200b'].map((c) => c.repeat(10_000)),
  ...['😀', '𝟏', '𠀀', 'xyz😀'].map((c) => c.repeat(10_000 / c.length)),
];
