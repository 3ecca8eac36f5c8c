import type { SalaryRange } from '../schema/salary.ts';
import { type ExpectedRange, parseJsonAs, StringCase } from './label.ts';
import { ratio } from './ratio.ts';
import type { Problem, StringsReport } from './report-types.ts';
import { describeRanges, pairRanges } from './salary-compare.ts';

export type Extract = (text: string) => SalaryRange[];

function describeExpected(ranges: readonly ExpectedRange[]): string {
  return describeRanges(ranges.map((r) => ({ ...r, location: null })));
}

/**
 * salary_strings.jsonl content against an extractor. A string is right when the extractor
 * returns exactly the expected ranges (min, max, currency, period; "expected": [] means no
 * salary at all). Bad lines are problems, not failures of the extractor.
 */
export function evaluateStrings(
  file: string,
  content: string,
  extract: Extract,
): { report: StringsReport; problems: Problem[] } {
  const problems: Problem[] = [];
  const failures: StringsReport['failures'] = [];
  let total = 0;
  let right = 0;
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseJsonAs(StringCase, line);
    if (!parsed.ok) {
      problems.push({ file: `${file}:${index + 1}`, message: `bad line: ${parsed.message}` });
      return;
    }
    const { text, expected } = parsed.value;
    total++;
    let got: string;
    try {
      const ranges = extract(text);
      if (pairRanges(expected, ranges)) {
        right++;
        return;
      }
      got = describeRanges(ranges.map((r) => ({ ...r, location: null })));
    } catch (error) {
      got = `extractor threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    failures.push({ text, expected: describeExpected(expected), got });
  });
  return { report: { file, right: ratio(right, total), failures }, problems };
}
