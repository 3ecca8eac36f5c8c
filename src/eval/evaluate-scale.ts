import type { Posting } from '../schema/posting.ts';
import { checkPosting, errorMessage } from './check-posting.ts';
import type { ParseOutcome } from './evaluate-document.ts';
import { parseJsonAs, ScaleRow } from './label.ts';
import { ratio } from './ratio.ts';
import type { Problem, ScaleMiss, ScaleReport } from './report-types.ts';
import { containsRanges, describeRanges } from './salary-compare.ts';
import { atLeast, atMost, TARGETS } from './targets.ts';

/** A row's text to a Posting, as the CLI parses a .txt file. May throw. */
export type ParseText = (text: string) => Posting;

function parseTimed(parse: ParseText, text: string): { outcome: ParseOutcome; millis: number } {
  const started = performance.now();
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { outcome: { error: errorMessage(error) }, millis: performance.now() - started };
  }
  const millis = performance.now() - started;
  // Checked after the clock stops: the schema check is the evaluator's cost, not the parser's.
  return { outcome: checkPosting(value), millis };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const unlocated = (ranges: ScaleRow['expected']) =>
  describeRanges(ranges.map((r) => ({ ...r, location: null })));

/**
 * A scale set (JSONL, weak labels) against a parser. A pay row is right when its expected range
 * is among the extracted ones (numbers, currency and period as in the document comparison);
 * further ranges are counted apart as information. On a control (`expected: []`) any salary is
 * invented. A failed parse is wrong on either kind. Bad lines are problems and not counted.
 */
export function evaluateScale(file: string, content: string, parse: ParseText): ScaleReport {
  const problems: Problem[] = [];
  const misses: ScaleMiss[] = [];
  const times: number[] = [];
  let slowest: { id: string; millis: number } | null = null;
  const kinds = new Map<string, { n: number; of: number }>();
  let payRows = 0;
  let found = 0;
  let controls = 0;
  let invented = 0;
  const extra = { rows: 0, ranges: 0 };
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseJsonAs(ScaleRow, line);
    if (!parsed.ok) {
      problems.push({ file: `${file}:${index + 1}`, message: `bad line: ${parsed.message}` });
      return;
    }
    const { id, text, expected } = parsed.value;
    const { outcome, millis } = parseTimed(parse, text);
    times.push(millis);
    if (!slowest || millis > slowest.millis) slowest = { id, millis };
    if ('error' in outcome) problems.push({ file: id, message: `parse failed: ${outcome.error}` });
    const got = 'error' in outcome ? null : outcome.posting.salary;
    const gotText = got
      ? unlocated(got)
      : `parse failed: ${'error' in outcome ? outcome.error : ''}`;
    if (expected.length === 0) {
      controls++;
      if (got === null || got.length > 0) {
        invented++;
        misses.push({ id, expected: 'none', got: gotText });
      }
      return;
    }
    payRows++;
    const kind = [...new Set(expected.map((r) => `${r.currency}/${r.period}`))].join(' + ');
    const tally = kinds.get(kind) ?? { n: 0, of: 0 };
    tally.of++;
    kinds.set(kind, tally);
    if (got !== null && containsRanges(expected, got)) {
      found++;
      tally.n++;
      if (got.length > expected.length) {
        extra.rows++;
        extra.ranges += got.length - expected.length;
      }
      return;
    }
    misses.push({ id, expected: unlocated(expected), got: gotText });
  });
  const millis = times.reduce((a, b) => a + b, 0);
  const foundRatio = ratio(found, payRows);
  const inventedRatio = ratio(invented, controls);
  return {
    file,
    inputError: null,
    rows: payRows + controls,
    found: foundRatio,
    foundByKind: [...kinds.entries()]
      .sort(([, a], [, b]) => b.of - a.of)
      .map(([kind, t]) => ({ kind, found: ratio(t.n, t.of) })),
    extra,
    invented: inventedRatio,
    speed: {
      millis,
      medianMillis: median(times),
      perSecond: millis > 0 ? (times.length * 1000) / millis : null,
      slowest,
    },
    misses,
    targets: [
      atLeast('Scale: pay rows with the range found', foundRatio, TARGETS.scaleFound),
      atMost('Scale: invented pay on controls', invented, TARGETS.scaleInvented, controls),
    ],
    problems,
  };
}
