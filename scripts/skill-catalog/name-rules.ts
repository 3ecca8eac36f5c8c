/**
 * The rules that decide which taxonomy labels name a concrete thing (a product, a language, a
 * named standard) and how they are written in postings. Stated on the label's shape, so they
 * hold for labels the taxonomies add later.
 */

/** Lower-case words a name may contain between capitalised ones ("Internet of Things"). */
const FUNCTION_WORDS = new Set(
  'of and for the on & de del des du la le el los las y et en para pour'.split(' '),
);
/** Trailing class words O*NET appends to product names ("Yardi software"). */
const TRAILING_CLASS = /\s+(?:software|software suite|software applications?)$/i;

export const MAX_WORDS = 4;

/**
 * Kinds of software, not products: what is left of "Teradata Database" or "Microsoft Edge"
 * once the vendor is stripped is no name on its own.
 */
export const CLASS_NOUNS = new Set(
  'database server cloud platform edge suite studio enterprise online software system systems framework analytics services service designer developer manager reader player'.split(
    ' ',
  ),
);

export function wordsOf(label: string): string[] {
  return label.trim().split(/\s+/).filter(Boolean);
}

const hasCapitalOrDigit = (w: string) => /[A-Z0-9]/.test(w);
const innerCapital = (w: string) => /^.+[A-Z0-9#+]/.test(w);

/** "Python (computer programming)" -> "Python". */
export function stripQualifier(label: string): string {
  return label
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Yardi software" -> "Yardi"; but "CAM software", "ERP software" name a class of software,
 * and a bare acronym left by the cut is no product: those come back unchanged.
 */
export function cleanLabel(label: string): string {
  const plain = stripQualifier(label);
  const cut = plain.replace(TRAILING_CLASS, '').trim();
  return isAcronym(cut) ? plain : cut;
}

/**
 * A label written as a name: one word with a capital or a digit ("Haskell", "iOS", "C#"), or
 * several words whose only lower-case words are function words and with a second capitalised
 * word or an inner capital ("Kali Linux", "DevOps tools" fails, "Internet of Things" passes).
 * Sentence-case phrases ("Accounting software", "Agile development") are descriptions of a
 * kind of thing, not names, and are rejected.
 */
export function isNameShaped(label: string): boolean {
  const words = wordsOf(label);
  if (words.length === 0 || words.length > MAX_WORDS || label.length > 60) return false;
  // "Videoconferencing", "Recordkeeping": an activity, not a product.
  if (words.length === 1)
    return label.length >= 2 && /[A-Z0-9#+]/.test(label) && !/^[A-Z][a-z]+ing$/.test(label);
  if (!words.every((w) => hasCapitalOrDigit(w) || FUNCTION_WORDS.has(w))) return false;
  const capitalised = words.filter(hasCapitalOrDigit).length;
  return capitalised >= 2 || innerCapital(words[0] ?? '');
}

/**
 * O*NET writes an acronym after its expansion ("Amazon Web Services AWS", "Structured query
 * language SQL"): the last word in capitals equal to the initials of the words before it.
 */
export function splitAcronym(
  label: string,
): { expansion: string; acronym: string; head: string } | null {
  const words = wordsOf(label);
  const acronym = words[words.length - 1] ?? '';
  if (!/^[A-Z][A-Z0-9]{1,5}$/.test(acronym)) return null;
  const n = acronym.replace(/[0-9]/g, '').length;
  if (words.length - 1 < n) return null;
  const expansionWords = words.slice(words.length - 1 - n, -1);
  const initials = expansionWords.map((w) => w[0]?.toUpperCase()).join('');
  if (initials !== acronym.replace(/[0-9]/g, '')) return null;
  return {
    expansion: expansionWords.join(' '),
    acronym,
    head: words.slice(0, words.length - 1 - n).join(' '),
  };
}

/** All capitals and short ("ADP", "SAS"): written so in postings, and a word in lower case. */
export function isAcronym(form: string): boolean {
  return /^[A-Z][A-Z0-9]{1,4}$/.test(form);
}
