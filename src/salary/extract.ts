import type { SalaryRange } from '../schema/salary.ts';
import { isIsoCode } from './currency-table.ts';
import { RangeSet } from './dedupe.ts';
import { CurrencyTally } from './locale-currency.ts';
import { type FigureSink, scanPiece } from './scan.ts';
import { kronaOf } from './text-language.ts';
import { type PayFigure, toFound } from './to-range.ts';

/** What the page says about money outside the description text. */
export interface SalaryContext {
  /**
   * Currency the page implies (JSON-LD, the site's country). Used for a bare `$` when it is a
   * dollar currency, and for figures written with no currency at all.
   */
  defaultCurrency?: string | null;
}

/**
 * Long texts are scanned in pieces so the token arrays stay small (cheap for the garbage
 * collector); each piece carries CONTEXT chars on both sides, far more than any look-around.
 */
const PIECE = 64 * 1024;
const CONTEXT = 2048;
/**
 * Figures (numbers that could be amounts) read per text, at most. A long real posting has
 * under a hundred; past this many the text is a table or junk, and the rest is not read.
 */
export const MAX_FIGURES = 10_000;
/** And at most this many per 64 KB piece, so one dense stretch cannot use up the rest. */
export const MAX_FIGURES_PER_PIECE = 2_500;
/** Farther than this from a digit nothing can start a range (the longest lead: "starting at $"). */
const DIGIT_REACH = 128;

/** Whether text[from, to) holds an ASCII digit: a range has one, and pieces without are skipped. */
function hasDigit(text: string, from: number, to: number): boolean {
  const end = Math.min(text.length, to);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function validDefault(context: SalaryContext | undefined): string | null {
  const d = context?.defaultCurrency;
  return typeof d === 'string' && isIsoCode(d.toUpperCase()) ? d.toUpperCase() : null;
}

/** Where the piece starting at `from` ends: at a line break when one is near, else anywhere. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= PIECE) return text.length;
  const nl = text.indexOf('\n', from + PIECE);
  return nl >= 0 && nl - from < PIECE + CONTEXT ? nl + 1 : from + PIECE;
}

/**
 * The pay figures of one text as the scan reads them: figures with a currency become ranges at
 * once, figures with none wait until the text's own currency is known. (A class, not a closure
 * made per call.)
 */
class PayFigures implements FigureSink {
  readonly ranges = new RangeSet();
  readonly tally = new CurrencyTally();
  readonly unmarked: PayFigure[] = [];

  constructor(private readonly page: string | null) {}

  add(p: PayFigure): void {
    if (!p.c.code && !p.c.dollar && !p.c.weakCode) {
      this.unmarked.push(p);
      return;
    }
    if (p.c.code) this.tally.add(p.c.code);
    const f = toFound(p, this.page, 'USD');
    if (f) this.ranges.add(f);
  }
}

const KR = /\bkr\b/i;

/**
 * "kr" is read as SEK; the words of the text say whether it is the Norwegian or Danish krone
 * instead (a page default among the kronas already decided it).
 */
function kronaByContext(ranges: SalaryRange[], text: string, page: string | null): SalaryRange[] {
  if (page || !ranges.some((r) => r.currency === 'SEK' && KR.test(r.text ?? ''))) return ranges;
  const krona = kronaOf(text);
  if (!krona || krona === 'SEK') return ranges;
  return ranges.map((r) =>
    r.currency === 'SEK' && KR.test(r.text ?? '') ? { ...r, currency: krona } : r,
  );
}

/**
 * Every salary range stated in the text, in the order written, each once. The text is the
 * job description after normalizeText (lines kept). Never throws: bad input gives [].
 */
export function extractSalaries(text: string, context?: SalaryContext): SalaryRange[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const page = validDefault(context);
    const figures = new PayFigures(page);
    const budget = { figures: MAX_FIGURES };
    for (let from = 0; from < text.length && budget.figures > 0; ) {
      const to = pieceEnd(text, from);
      if (hasDigit(text, from, to + DIGIT_REACH)) {
        const ctxFrom = Math.max(0, from - CONTEXT);
        const piece =
          text.length <= PIECE ? text : text.slice(ctxFrom, Math.min(text.length, to + CONTEXT));
        const local = { figures: Math.min(budget.figures, MAX_FIGURES_PER_PIECE) };
        const before = local.figures;
        scanPiece(piece, ctxFrom, from - ctxFrom, to - ctxFrom, figures, local);
        budget.figures -= before - local.figures;
      }
      from = to;
    }
    const { ranges, unmarked } = figures;
    if (unmarked.length > 0) {
      const currency = page ?? figures.tally.unmarked(text);
      for (const p of unmarked) {
        const f = toFound(p, page, currency);
        if (f) ranges.add(f);
      }
    }
    return kronaByContext(ranges.result(), text, page);
  } catch {
    return [];
  }
}
