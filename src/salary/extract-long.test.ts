import { describe, expect, it } from 'vitest';
import { SalaryRange } from '../schema/salary.ts';
import { extractSalaries, MAX_FIGURES, MAX_FIGURES_PER_PIECE } from './extract.ts';

/**
 * Long and hostile inputs. No timing assertions (the machine's load would make them flaky);
 * the scan is linear by construction: one token pass, bounded look-around, cue tables.
 */
describe('extractSalaries: size', () => {
  const ADVERSARIAL = [
    '$1,$1,$1,',
    '$172,500$258,700 USD',
    '1-2-3-4-5-',
    '\uFFFD$1\uFFFD',
    '5k5k5k5k-',
    '1 000 000 000 ',
    'salary range between and to up from ',
    'Zone A: CA: US: ',
    '$100,000 (CA, NY, ',
    'USDOurUSDOur',
    '401(k) $5,000 bonus ',
  ];

  it.each(ADVERSARIAL)('parses 1 MB of %j and returns valid ranges', (unit) => {
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const out = extractSalaries(big);
    expect(Array.isArray(out)).toBe(true);
    for (const r of out.slice(0, 50)) expect(SalaryRange.safeParse(r).success).toBe(true);
  });

  it('repeats of one range collapse to one', () => {
    const big = 'Salary: $100,000 - $120,000 per year.\n'.repeat(20_000);
    expect(extractSalaries(big)).toHaveLength(1);
  });
});

describe('extractSalaries: long texts are scanned in pieces without losing ranges', () => {
  const filler = 'We build tools for teams. Our office has 12 desks.\n';
  const salary = 'Salary: $101,000 - $123,000 per year';

  it.each([0, 65_500, 65_530, 65_536, 65_540, 70_000, 131_050, 200_000])(
    'finds the range written at offset %i exactly once',
    (at) => {
      const before = filler.repeat(Math.ceil(at / filler.length)).slice(0, at);
      const text = `${before}${salary}\n${filler.repeat(3000)}`;
      const found = extractSalaries(text);
      expect(found.map((r) => [r.min, r.max, r.text])).toEqual([
        [101_000, 123_000, '$101,000 - $123,000 per year'],
      ]);
    },
  );

  it('keeps ranges from every piece, in order', () => {
    const parts = [1, 2, 3, 4, 5].map((k) => `Salary: $${k}0,000 - $${k}5,000\n`);
    const text = parts.map((p) => p + filler.repeat(1500)).join('');
    expect(extractSalaries(text).map((r) => r.min)).toEqual([
      10_000, 20_000, 30_000, 40_000, 50_000,
    ]);
  });

  it('a 1 MB line with no line break is cut anywhere and still read', () => {
    const text = `${'x'.repeat(500_000)} Salary: $90,000 - $99,000 ${'y'.repeat(500_000)}`;
    expect(extractSalaries(text).map((r) => r.max)).toEqual([99_000]);
  });
});

describe('extractSalaries: absurd inputs are read up to a documented limit', () => {
  it(`reads at most ${MAX_FIGURES_PER_PIECE} figures of a 64 KB piece`, () => {
    const junk = '7 '.repeat(MAX_FIGURES_PER_PIECE + 10);
    const salary = 'Salary: $90,000 - $99,000 per year';
    expect(extractSalaries(`${junk}\n${salary}`)).toEqual([]);
    expect(extractSalaries(`${salary}\n${junk}`).map((r) => r.max)).toEqual([99_000]);
  });

  it('a dense piece does not use up the figures of the next pieces', () => {
    const junk = '7 '.repeat(MAX_FIGURES_PER_PIECE + 10);
    const prose = 'We write tools for people who build trains and keep them running.\n'.repeat(
      1200,
    );
    const text = `${junk}\n${prose}\nSalary: $90,000 - $99,000 per year`;
    expect(extractSalaries(text).map((r) => r.max)).toEqual([99_000]);
  });

  it(`reads at most ${MAX_FIGURES} figures in all`, () => {
    const piece = `${'7 '.repeat(MAX_FIGURES_PER_PIECE - 10)}\n${'x'.repeat(66_000)}\n`;
    const text = `${piece.repeat(Math.ceil(MAX_FIGURES / MAX_FIGURES_PER_PIECE) + 1)}Salary: $90,000 - $99,000`;
    expect(extractSalaries(text)).toEqual([]);
  });

  it('skips long stretches without a digit and still finds the range after them', () => {
    const text = `${'Currency symbols $€£¥₹ and words salary per year. '.repeat(20_000)}\nSalary: $90,000 - $99,000`;
    expect(extractSalaries(text).map((r) => r.max)).toEqual([99_000]);
  });
});
