/** Letters NFD does not split into a base letter and a mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
};
const SPECIAL_RE = /[łŁßøØæÆœŒđĐ]/g;
const MARKS = /[\u0300-\u036f]/g;

/** Whether every character is ASCII: most text is, and then there is nothing to fold. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Latin letters without their accents ("Über" -> "Uber", "obowiązków" -> "obowiazkow",
 * "Straße" -> "Strasse"), so one spelling of a word matches however a page accents it.
 */
export function foldAccents(s: string): string {
  if (isAscii(s)) return s;
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
