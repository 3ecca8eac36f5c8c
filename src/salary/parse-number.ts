/**
 * Turns one written numeral into a number, reading the separator conventions postings use:
 * "172,500" and "196,378.35" (English), "71.000" and "1.234,56" (continental), "45 000"
 * (French/Polish thin space, already a plain space after normalizeText), "7,50,000" (Indian
 * lakh grouping), "120'000" (Swiss).
 */
export interface Numeral {
  value: number;
  /** Digits after the decimal separator (0 for whole numbers): a precision tie-breaker. */
  decimals: number;
  /** Written in Indian grouping ("7,50,000"): the figure is rupees unless a currency says otherwise. */
  indian?: boolean;
}

const MAX_DIGITS = 15;

/** A group list is thousands grouping when every group after the first has 3 digits. */
function isThousands(groups: string[]): boolean {
  const [head, ...rest] = groups;
  if (!head || head.length > 3 || rest.length === 0) return false;
  return rest.every((g) => g.length === 3);
}

/** Indian grouping: 1-2 digits, then pairs, then a final group of three ("7,50,000"). */
function isIndian(groups: string[]): boolean {
  if (groups.length < 3) return false;
  const last = groups[groups.length - 1];
  if (last?.length !== 3) return false;
  return groups.slice(0, -1).every((g) => g.length >= 1 && g.length <= 2);
}

function build(intDigits: string, fracDigits: string): Numeral | null {
  if (intDigits.length === 0 || intDigits.length + fracDigits.length > MAX_DIGITS) return null;
  const value = Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
  return Number.isFinite(value) ? { value, decimals: fracDigits.length } : null;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/**
 * "9,000", "185.000", "1,250,000": one kind of separator (comma or dot) before every group of
 * three digits, after a first group of one to three; the value as the general reading gives
 * it, without its splits and joins. Undefined when the numeral is written otherwise.
 */
function plainThousands(raw: string): Numeral | null | undefined {
  let sep = 0;
  let group = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      group++;
      continue;
    }
    if (c !== (sep || c) || (c !== 44 && c !== 46)) return undefined;
    if (sep === 0 ? group < 1 || group > 3 : group !== 3) return undefined;
    sep = c;
    group = 0;
  }
  if (sep === 0 || group !== 3) return undefined;
  return digits > MAX_DIGITS ? null : { value, decimals: 0 };
}

/** The numeral's value, or null when its separators make no sense ("1,2,3", "1.2.3,4,5"). */
export function parseNumeral(raw: string): Numeral | null {
  // Most figures are plain digits or plain thousands: skip the separator analysis.
  if (allDigits(raw)) return raw.length > MAX_DIGITS ? null : { value: Number(raw), decimals: 0 };
  const thousands = plainThousands(raw);
  if (thousands !== undefined) return thousands;
  const s = raw.replace(/’/g, "'");
  if (!/^[0-9]/.test(s) || !/[0-9]$/.test(s)) return null;
  if (s.includes(' ') || s.includes("'")) {
    const groups = s.split(/[ ']/);
    const last = groups[groups.length - 1] ?? '';
    // "45 000,50": a decimal comma after space grouping.
    const decimal = last.match(/^([0-9]{3})[,.]([0-9]{1,2})$/);
    if (decimal) groups[groups.length - 1] = decimal[1] ?? '';
    if (!groups.every((g) => /^[0-9]+$/.test(g)) || !isThousands(groups)) return null;
    return build(groups.join(''), decimal?.[2] ?? '');
  }
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) return build(s, '');
  // Whichever separator comes last, if it is followed by other than three digits, is decimal.
  const decSep = lastComma > lastDot ? ',' : '.';
  const otherSep = decSep === ',' ? '.' : ',';
  const tail = s.slice(Math.max(lastComma, lastDot) + 1);
  const bothUsed = lastComma >= 0 && lastDot >= 0;
  if (bothUsed || tail.length !== 3) {
    // Money has at most two decimals: "12,3456" is no amount.
    if (tail.length > 2) return null;
    const head = s.slice(0, Math.max(lastComma, lastDot));
    if (head.includes(decSep)) return null;
    const groups = head.split(otherSep);
    const indian = otherSep === ',' && !isThousands(groups) && isIndian(groups);
    if (groups.length > 1 && !isThousands(groups) && !indian) return null;
    const n = build(groups.join(''), tail);
    return n && indian ? { ...n, indian } : n;
  }
  // Only one kind of separator and a final group of three digits: grouping, not decimals.
  const groups = s.split(decSep);
  if (s.includes(otherSep)) return null;
  if (isThousands(groups)) return build(groups.join(''), '');
  if (decSep !== ',' || !isIndian(groups)) return null;
  const n = build(groups.join(''), '');
  return n ? { ...n, indian: true } : n;
}
