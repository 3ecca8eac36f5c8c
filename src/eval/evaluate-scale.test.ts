import { describe, expect, it } from 'vitest';
import { pay, posting } from '../match/test-fixtures.ts';
import type { Posting } from '../schema/posting.ts';
import { evaluateScale } from './evaluate-scale.ts';
import { formatScaleReport } from './format-scale-report.ts';
import { runScale } from './run-scale.ts';

// Made-up rows; the fake parser answers by the row's text, so each case is explicit.
const ANSWERS: Record<string, Posting | 'throw' | 'invalid'> = {
  'one range': posting([], [pay(100_000, 120_000)]),
  tiers: posting([], [pay(90_000, 110_000), pay(100_000, 120_000), pay(110_000, 130_000)]),
  'hourly read as yearly': posting([], [pay(30, 40, 'USD', 'year')]),
  'nothing found': posting(),
  cents: posting([], [pay(21.5, 24.25, 'USD', 'hour')]),
  'quiet control': posting(),
  'control with a figure': posting([], [pay(401, 401)]),
  'crash on pay': 'throw',
  'crash on control': 'invalid',
};

function fakeParse(text: string): Posting {
  const answer = ANSWERS[text];
  if (answer === undefined || answer === 'throw') throw new Error('parser fell over');
  if (answer === 'invalid') return { isPosting: 'maybe' } as unknown as Posting;
  return answer;
}

const usd = (min: number, max: number, period = 'year') => ({ min, max, currency: 'USD', period });
const row = (id: string, text: string, expected: unknown[]) =>
  JSON.stringify({ id, title: 'ignored', text, expected });

const CONTENT = [
  row('r1', 'one range', [usd(100_000, 120_000)]),
  row('r2', 'tiers', [usd(100_000, 120_000)]),
  row('r3', 'hourly read as yearly', [usd(30, 40, 'hour')]),
  row('r4', 'nothing found', [usd(50_000, 60_000)]),
  row('r5', 'cents', [usd(21.5, 24.25, 'hour')]),
  row('r6', 'crash on pay', [usd(1_000, 2_000, 'month')]),
  row('c1', 'quiet control', []),
  row('c2', 'control with a figure', []),
  row('c3', 'crash on control', []),
  '{"id": "bad", "text": 5, "expected": []}',
  '',
].join('\n');

describe('evaluateScale', () => {
  const report = evaluateScale('rows.jsonl', CONTENT, fakeParse);

  it('scores pay rows by the expected range being among the extracted ones', () => {
    expect(report.rows).toBe(9);
    expect(report.found).toEqual({ n: 3, of: 6, rate: 0.5 });
    expect(report.foundByKind).toEqual([
      { kind: 'USD/year', found: { n: 2, of: 3, rate: 2 / 3 } },
      { kind: 'USD/hour', found: { n: 1, of: 2, rate: 0.5 } },
      { kind: 'USD/month', found: { n: 0, of: 1, rate: 0 } },
    ]);
  });

  it('counts further ranges on found pay rows as information', () => {
    expect(report.extra).toEqual({ rows: 1, ranges: 2 });
  });

  it('counts any salary, or a failed parse, on a control as invented', () => {
    expect(report.invented).toEqual({ n: 2, of: 3, rate: 2 / 3 });
  });

  it('lists the misses in file order with expected and got', () => {
    expect(report.misses).toEqual([
      { id: 'r3', expected: '30–40 USD/hour', got: '30–40 USD/year' },
      { id: 'r4', expected: '50,000–60,000 USD/year', got: 'none' },
      { id: 'r6', expected: '1,000–2,000 USD/month', got: 'parse failed: parser fell over' },
      { id: 'c2', expected: 'none', got: '401–401 USD/year' },
      { id: 'c3', expected: 'none', got: expect.stringMatching(/^parse failed: invalid Posting/) },
    ]);
  });

  it('reports bad lines and failed parses as problems', () => {
    expect(report.problems.map((p) => p.file)).toEqual(['r6', 'c3', 'rows.jsonl:10']);
  });

  it('times every parsed row', () => {
    expect(report.speed.perSecond).toBeGreaterThan(0);
    expect(report.speed.medianMillis).toBeGreaterThanOrEqual(0);
    expect(report.speed.slowest?.id).toMatch(/^[rc]\d$/);
  });

  it('checks the targets: found ≥ 95%, nothing invented', () => {
    expect(report.targets.map((t) => [t.name, t.value, t.met])).toEqual([
      ['Scale: pay rows with the range found', '3/6 (50.0%)', false],
      ['Scale: invented pay on controls', '2/3', false],
    ]);
    const clean = evaluateScale(
      'ok.jsonl',
      row('r1', 'one range', [usd(100_000, 120_000)]),
      fakeParse,
    );
    expect(clean.targets.every((t) => t.met === true)).toBe(true);
  });

  it('formats the figures and the misses', () => {
    const text = formatScaleReport(report);
    expect(text).toContain('9 rows (6 with pay, 3 controls)');
    expect(text).toContain(
      'found: 3/6 (50.0%); by kind: USD/year 2/3, USD/hour 1/2, USD/month 0/1',
    );
    expect(text).toContain('extra ranges on pay rows (information, not errors): 2 on 1 rows');
    expect(text).toContain('  ✗ r3\n      expected 30–40 USD/hour\n      got      30–40 USD/year');
    expect(text).toMatch(
      /parse throughput \(one core, parse only, one cold pass\): \d+ postings\/s/,
    );
  });
});

describe('runScale', () => {
  it('reports an unreadable file instead of throwing', async () => {
    const report = await runScale('/nonexistent/joblens/rows.jsonl', fakeParse);
    expect(report.rows).toBe(0);
    expect(report.inputError).toMatch(/^cannot read the file/);
    expect(report.problems).toHaveLength(1);
  });
});
