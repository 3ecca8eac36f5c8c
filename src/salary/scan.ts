import { buildCueIndex } from './cue-index.ts';
import { currencyWord, dollarPrefixCode, TEXT_CODES } from './currency-table.ts';
import { figureLineTokens } from './figure-lines.ts';
import { payVerdict } from './pay-context.ts';
import { impossible, isPay } from './pay-filter.ts';
import { paymentsPerYear } from './payments-per-year.ts';
import { readCandidate } from './range-grammar.ts';
import { boardSummary, bracketRestatement } from './restatement.ts';
import { tierLabel } from './tier-label.ts';
import type { PayFigure } from './to-range.ts';
import type { Token } from './tokenize.ts';

/** How many more figures the scan may read: a cap on absurd inputs (see extract.ts). */
export interface FigureBudget {
  figures: number;
}

/** Where the scan hands each pay figure it reads. */
export interface FigureSink {
  add(figure: PayFigure): void;
}

const isUpper = (c: number) => c >= 65 && c <= 90;

/** A word's figure follows it within this many tokens ("CA $ 120", "Rs . 500"). */
const WORD_REACH = 3;

/** Index of the first figure or symbol token at or after tokens[i] (tokens.length if none). */
function nextFigure(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length) {
    const kind = (tokens[k] as Token).kind;
    if (kind === 'num' || kind === 'sym') return k;
    k++;
  }
  return k;
}

/**
 * Tokens a range can start with: a figure, a symbol, a currency code or word ("USD", "CA$",
 * "Rs") with its figure within WORD_REACH tokens.
 */
function canStart(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind === 'num' || t.kind === 'sym') return true;
  if (t.kind !== 'word' || t.text.length > 7) return false;
  const next = tokens[i + 1];
  if (next?.kind !== 'num' && tokens[i + 2]?.kind !== 'num' && tokens[i + 3]?.kind !== 'num') {
    return false;
  }
  // Codes are three capitals: most words never reach the set.
  if (t.text.length === 3 && isUpper(t.text.charCodeAt(0)) && TEXT_CODES.has(t.text)) return true;
  if (next?.text === '$' && dollarPrefixCode(t.text)) return true;
  return currencyWord(t.text) !== undefined;
}

/**
 * One pass over a piece of text: every pay figure that starts in [ownFrom, ownTo) (offsets in
 * `piece`), with `offset` added to make its position absolute. The piece carries context on
 * both sides so figures near the edges see their words.
 */
export function scanPiece(
  piece: string,
  offset: number,
  ownFrom: number,
  ownTo: number,
  sink: FigureSink,
  budget: FigureBudget = { figures: Number.POSITIVE_INFINITY },
): void {
  const tokens = figureLineTokens(piece);
  const cues = buildCueIndex(piece, tokens);
  let i = 0;
  let lastPay = -1;
  let figure = -1;
  while (i < tokens.length && budget.figures > 0) {
    // Nothing starts a range farther than WORD_REACH tokens before a figure or symbol: the
    // scan leaps over the prose between them.
    if (figure < i) figure = nextFigure(tokens, i);
    if (i < figure - WORD_REACH) i = figure - WORD_REACH;
    if (i >= tokens.length) break;
    const c = canStart(tokens, i) ? readCandidate(tokens, i) : null;
    if (!c) {
      i++;
      continue;
    }
    budget.figures--;
    i = Math.max(i + 1, c.last + 1);
    if (c.start < ownFrom || c.start >= ownTo) continue;
    // Most figures in prose ("140 people", "3 years") are no pay whatever words stand near
    // them, or are dates and counts by their shape: both are cheaper to tell than the words.
    if (!isPay(c, true, true) || impossible(tokens, c)) continue;
    const verdict = payVerdict(tokens, cues, c);
    if (verdict.negative || !isPay(c, verdict.positive, verdict.leadingPeriod !== null)) continue;
    const restated = bracketRestatement(tokens, lastPay, c);
    lastPay = c.last;
    if (restated || boardSummary(piece, c.start, offset)) continue;
    const tier = tierLabel(piece, tokens, c);
    const text = piece.slice(tier.start, tier.end);
    const payments = paymentsPerYear(tokens, c);
    sink.add({ c, verdict, tier, text, start: tier.start + offset, payments });
  }
}
