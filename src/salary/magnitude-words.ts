/**
 * Words and letters that scale a figure: "170K", "45 lakhs", "2 crore", "$5M". Single
 * letters only count glued to the digits ("225K", not "225 K") so "5 M&A deals" stays a count.
 */
export interface Multiplier {
  factor: number;
  /** "LPA" (lakhs per annum) also states the period. */
  perYear: boolean;
  /** Lakh and crore are Indian units: the figure is rupees unless a currency says otherwise. */
  indian: boolean;
  /** The currency the word also names ("KE" is thousands of euros, "万円" ten thousands of yen). */
  code: string | null;
  /** An abbreviation that may take a dot ("tys.", "tis.", "Mio."). */
  abbreviation: boolean;
}

// Maps: an object literal would answer "constructor" from its prototype.
const GLUED_ONLY = new Map<string, number>(
  Object.entries({
    k: 1e3,
    K: 1e3,
    m: 1e6,
    M: 1e6,
    mm: 1e6,
    MM: 1e6,
    b: 1e9,
    B: 1e9,
    L: 1e5,
    l: 1e5,
    Cr: 1e7,
    万: 1e4,
  }),
);

const WORDS = new Map<string, number>(
  Object.entries({
    thousand: 1e3,
    tys: 1e3,
    tis: 1e3,
    tsd: 1e3,
    tausend: 1e3,
    mil: 1e6,
    mln: 1e6,
    mio: 1e6,
    million: 1e6,
    millions: 1e6,
    bn: 1e9,
    billion: 1e9,
    billions: 1e9,
    trillion: 1e12,
    lakh: 1e5,
    lakhs: 1e5,
    lac: 1e5,
    lacs: 1e5,
    lpa: 1e5,
    crore: 1e7,
    crores: 1e7,
    cr: 1e7,
  }),
);

/** Thousands words that also name the currency: "28 à 36 KE", "45 kEUR", "23万円". */
const WITH_CURRENCY = new Map<string, [number, string]>(
  Object.entries({ ke: [1e3, 'EUR'], keur: [1e3, 'EUR'], 万円: [1e4, 'JPY'] }),
);
const ABBREVIATIONS = new Set(['tys', 'tis', 'tsd', 'mln', 'mio', 'mil', 'bn']);

/**
 * ASCII first letters of the words above, lower-case: a word opening with another ASCII char
 * is none of them in any case, and is turned away before it is lower-cased (nearly every word
 * after a figure: "140 people").
 */
const FIRST_LETTERS = new Uint8Array(128);
for (const w of [...WORDS.keys(), ...WITH_CURRENCY.keys()]) {
  const c = w.charCodeAt(0);
  if (c < 128) FIRST_LETTERS[c] = 1;
}

/** The multiplier a word names, given whether it touches the digits, or null. */
export function multiplierOf(
  word: string,
  glued: boolean,
  lower: string = word.toLowerCase(),
): Multiplier | null {
  const g = glued ? GLUED_ONLY.get(word) : undefined;
  if (g !== undefined) {
    const indian = word === 'L' || word === 'l' || word === 'Cr';
    return { factor: g, perYear: false, indian, code: null, abbreviation: false };
  }
  const first = word.charCodeAt(0);
  if (first < 128 && FIRST_LETTERS[first >= 65 && first <= 90 ? first + 32 : first] === 0) {
    return null;
  }
  const c = WITH_CURRENCY.get(lower);
  if (c) return { factor: c[0], perYear: false, indian: false, code: c[1], abbreviation: false };
  const w = WORDS.get(lower);
  if (w === undefined) return null;
  return {
    factor: w,
    perYear: lower === 'lpa',
    indian: w === 1e5 || w === 1e7,
    code: null,
    abbreviation: ABBREVIATIONS.has(lower),
  };
}
