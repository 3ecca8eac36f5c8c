import { describe, expect, it } from 'vitest';
import { pay } from '../match/test-fixtures.ts';
import type { SalaryRange } from '../schema/salary.ts';
import { evaluateStrings } from './evaluate-strings.ts';

// A toy extractor over made-up strings: "<min>-<max> <CUR>/<period>", "none", or "boom".
function toyExtract(text: string): SalaryRange[] {
  if (text === 'boom') throw new Error('kaboom');
  const found = /^(\d+)-(\d+) ([A-Z]{3})\/(hour|year)$/.exec(text);
  if (!found) return [];
  const [, min, max, currency, period] = found;
  return [pay(Number(min), Number(max), currency, period as 'hour' | 'year')];
}

const line = (text: string, expected: unknown[]) => JSON.stringify({ text, expected });
const range = (min: number | null, max: number | null, currency = 'USD', period = 'year') => ({
  min,
  max,
  currency,
  period,
});

describe('evaluateStrings', () => {
  it('scores each line and lists failures with expected vs got', () => {
    const content = [
      line('10-20 USD/hour', [range(10, 20, 'USD', 'hour')]),
      line('none', []),
      line('30-40 EUR/year', [range(30, 40, 'GBP')]),
      line('free lunch', [range(5, 5)]),
      line('boom', []),
      '',
    ].join('\n');
    const { report, problems } = evaluateStrings('strings.jsonl', content, toyExtract);
    expect(problems).toEqual([]);
    expect(report.right).toEqual({ n: 2, of: 5, rate: 0.4 });
    expect(report.failures).toEqual([
      { text: '30-40 EUR/year', expected: '30–40 GBP/year', got: '30–40 EUR/year' },
      { text: 'free lunch', expected: '5–5 USD/year', got: 'none' },
      { text: 'boom', expected: 'none', got: 'extractor threw: kaboom' },
    ]);
  });

  it('reports bad lines as problems and does not count them', () => {
    const content = [
      '{not json',
      line('10-20 USD/hour', [range(10, 20, 'USD', 'hour')]),
      '{"text": 3}',
    ].join('\n');
    const { report, problems } = evaluateStrings('s.jsonl', content, toyExtract);
    expect(report.right).toEqual({ n: 1, of: 1, rate: 1 });
    expect(problems.map((p) => p.file)).toEqual(['s.jsonl:1', 's.jsonl:3']);
    expect(problems[0]?.message).toMatch(/^bad line: not JSON/);
  });
});
