import type { Candidate } from './candidate.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * Figures that are something else by their shape, whatever the words around them say:
 * dates, times, percentages, reference numbers, zip codes, years, 401(k).
 */

/** Words that may follow a bare pay figure; any other lower-case word makes it a count ("50,000 jobs"). */
const PAY_FOLLOWERS = new Set(
  (
    'to and or per a an gross net brutto netto depending dependent plus base annually yearly ' +
    'monthly hourly weekly daily pa ph pcm pw k do for with based doe negotiable including ' +
    'inclusive before pre tax taxes ote total salary range is are will in which commensurate ' +
    'depends usd eur gbp'
  ).split(' '),
);
const REFERENCE_WORDS = new Set(['ref', 'reference', 'req', 'requisition', 'id', 'no', 'number']);
const RETIREMENT_PLANS = new Set([401, 403, 457]);

function adjacent(a: Token | undefined, b: Token | undefined, gap: number): boolean {
  return a !== undefined && b !== undefined && b.start - a.end <= gap && b.kind !== 'nl';
}

/** "Reference #: 21-1767", "Req ID 4471", "No. 12". */
function isReference(tokens: Token[], n: number): boolean {
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'nl') return false;
    if (t.text === '#') return true;
    if (t.kind === 'word') return REFERENCE_WORDS.has(lowerOf(t));
    if (t.text !== ':' && t.text !== '.') return false;
  }
  return false;
}

/** Why the figure at tokens[n] is not money by its shape, or null. */
function shapeProblem(tokens: Token[], n: number, hasCurrency: boolean): string | null {
  const num = tokens[n] as Token;
  const prev = tokens[n - 1];
  const next = tokens[n + 1];
  const next2 = tokens[n + 2];
  if (adjacent(num, next, 1) && (next?.text === '%' || lowerOf(next) === 'percent')) {
    return 'percentage';
  }
  // Dates and times: 05/01/2024, 10:30, 2024-05-01 read as a fraction or a clock.
  const slashAfter = next?.text === '/' || next?.text === ':';
  if (slashAfter && adjacent(num, next, 0) && next2?.kind === 'num' && adjacent(next, next2, 0)) {
    return 'date or time';
  }
  const slashBefore = prev?.text === '/' || prev?.text === ':';
  if (slashBefore && adjacent(prev, num, 0) && tokens[n - 2]?.kind === 'num') return 'date or time';
  const value = Number(num.text);
  if (RETIREMENT_PLANS.has(value) && next && adjacent(num, next, 0) && /^[kb(]$/i.test(next.text)) {
    return 'retirement plan name';
  }
  if (hasCurrency) return null;
  // "q2_country", "H1B", "3D": digits glued to letters are part of a name.
  if (prev && adjacent(prev, num, 0) && (prev.kind === 'word' || prev.text === '_'))
    return 'part of a name';
  if (next && adjacent(num, next, 0) && next.text === '_') return 'part of a name';
  if (isReference(tokens, n)) return 'reference number';
  if (/^(19|20)[0-9]{2}$/.test(num.text)) return 'year';
  if (/^[0-9]{5}$/.test(num.text) && prev?.kind === 'word' && /^[A-Z]{2}$/.test(prev.text))
    return 'zip code';
  return null;
}

/** The word after the range (past a "+"), lower-case, or '' when none on the same line. */
function followerWord(tokens: Token[], last: number): { word: string; capital: boolean } | null {
  let k = last + 1;
  if (tokens[k]?.text === '+' && adjacent(tokens[k - 1], tokens[k], 1)) k++;
  const t = tokens[k];
  if (t?.kind !== 'word' || !adjacent(tokens[k - 1], t, 2)) return null;
  return { word: lowerOf(t), capital: t.text[0] !== t.text[0]?.toLowerCase() };
}

/** Why the candidate is not money by its shape, or null. */
export function figureShapeProblem(
  tokens: Token[],
  c: Candidate,
  hasCurrency: boolean,
): string | null {
  for (const a of c.amounts) {
    const why = shapeProblem(tokens, a.numIndex, hasCurrency);
    if (why) return why;
  }
  // A written period makes it pay-shaped: "4000 bruto per maand en ..." is no count.
  if (hasCurrency || c.period !== null) return null;
  const follower = followerWord(tokens, c.last);
  if (follower && !follower.capital && !PAY_FOLLOWERS.has(follower.word)) {
    return `a count of ${follower.word}`;
  }
  return null;
}
