import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSalaries } from './extract.ts';
import { figureLineTokens } from './figure-lines.ts';
import { type Token, tokenize } from './tokenize.ts';

const line = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  fc.constant('😀'),
  fc.constantFrom(
    'Compensation Range:',
    'Salary: $120,000 - $150,000 per year',
    '$95k-$110k',
    'Colorado',
    '**Pay**',
    'We offer 401(k) and a $5,000 bonus.',
    'No figures on this line at all.',
    '£40,000 to £50,000 p.a.',
    'Zone A: $100,000',
  ),
  fc.string({ maxLength: 12 }),
);
const texts = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n'));

const key = (t: Token) => `${t.kind}:${t.start}:${t.end}:${t.text}`;

/** Lines (as [start, end) of their tokens) of the full token list. */
function linesOf(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    (out[out.length - 1] as Token[]).push(t);
    if (t.kind === 'nl') out.push([]);
  }
  return out;
}

describe('figureLineTokens', () => {
  it('keeps every digit line whole, with the line above and the break before it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const all = tokenize(text);
        const kept = figureLineTokens(text);
        const keptKeys = new Set(kept.map(key));
        // A subsequence of the full tokens, in order.
        const order = all.map(key).filter((k) => keptKeys.has(k));
        expect(kept.map(key)).toEqual(order);
        const lines = linesOf(all);
        lines.forEach((toks, i) => {
          if (!toks.some((t) => t.kind === 'num')) return;
          for (const t of toks) expect(keptKeys.has(key(t))).toBe(true);
          // The nearest line above with a token other than a break, whole, and the break before it.
          let j = i - 1;
          while (j >= 0 && (lines[j] as Token[]).every((t) => t.kind === 'nl')) j--;
          for (let k = Math.max(j, 0); k < i; k++) {
            for (const t of lines[k] as Token[]) expect(keptKeys.has(key(t))).toBe(true);
          }
          const before = lines[j - 1];
          const lastBreak = before?.[before.length - 1];
          if (lastBreak) expect(keptKeys.has(key(lastBreak))).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads ranges whose heading is on the line above, across blank lines', () => {
    const text =
      'About us\n\nWe build things.\n\nCompensation Range:\n\n$120,000 - $150,000\n\nMore prose.';
    expect(extractSalaries(text).map((r) => [r.min, r.max])).toEqual([[120_000, 150_000]]);
  });
});
