import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractSalary } from 'ts-jobspy';
import { parseJsonAs, StringCase } from '../src/eval/label.ts';
import { type GotRange, pairRanges } from '../src/eval/salary-compare.ts';
import { extractSalaries } from '../src/salary/extract.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { figure, type SectionResult, unavailable } from './figure.ts';
import { loadPostings } from './inputs.ts';
import { mixedText } from './scaling-inputs.ts';
import { median, round, sample } from './stats.ts';

const SECTION = 'Peer comparison: ts-jobspy 2.0.3 extractSalary';
const STRINGS_FILE = 'salary_strings.jsonl';

const PERIOD: Readonly<Record<string, string>> = {
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
};

/** Each tool as a developer would call it: JobLens on normalized text, ts-jobspy on the raw string. */
export const joblens = (text: string): GotRange[] => extractSalaries(normalizeText(text));

export function jobspy(text: string): GotRange[] {
  const r = extractSalary(text);
  if (r.minAmount === null && r.maxAmount === null) return [];
  return [
    {
      min: r.minAmount,
      max: r.maxAmount,
      currency: r.currency ?? '',
      period: PERIOD[r.interval ?? ''] ?? String(r.interval),
    },
  ];
}

/** Same rule for both: same number of ranges, each with min, max, currency and period equal. */
function accuracy(corpus: string): SectionResult {
  const file = resolve(corpus, STRINGS_FILE);
  if (!existsSync(file)) {
    const why = `corpus not found at ${file} (pass --corpus DIR)`;
    return {
      figures: [
        unavailable(SECTION, 'peer.accuracy.joblens', 'Salary strings right: JobLens', 'n/N', why),
        unavailable(SECTION, 'peer.accuracy.jobspy', 'Salary strings right: ts-jobspy', 'n/N', why),
      ],
    };
  }
  const cases = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => parseJsonAs(StringCase, l))
    .flatMap((p) => (p.ok ? [p.value] : []));
  const score = (fn: (t: string) => GotRange[]) =>
    cases.filter((c) => {
      try {
        return pairRanges(c.expected, fn(c.text)) !== null;
      } catch {
        return false;
      }
    }).length;
  const a = score(joblens);
  const b = score(jobspy);
  const n = cases.length;
  const note = `${STRINGS_FILE}, read at run time from ${corpus}`;
  return {
    figures: [
      figure(
        SECTION,
        'peer.accuracy.joblens',
        `Salary strings right: JobLens ${a}/${n}`,
        round(a / n, 3),
        'share',
        note,
      ),
      figure(
        SECTION,
        'peer.accuracy.jobspy',
        `Salary strings right: ts-jobspy ${b}/${n}`,
        round(b / n, 3),
        'share',
        note,
      ),
    ],
  };
}

/** Speed on the same texts: our postings and a 100 KB realistic+hostile text. */
function speed(): SectionResult {
  const set = loadPostings();
  const texts = [
    ...set.text.map((p) => ({ name: p.name, text: p.content })),
    { name: 'mixed 100 KB', text: mixedText(100_000) },
  ];
  const rows = texts.map(({ name, text }) => {
    const small = text.length < 50_000;
    const opts = small ? {} : { warmup: 1, minRuns: 3, maxRuns: 3, minMs: 0 };
    const ours = median(sample(() => joblens(text), opts));
    const theirs = median(sample(() => jobspy(text), opts));
    return { name, ours, theirs };
  });
  const postings = rows.slice(0, -1);
  const sum = (k: 'ours' | 'theirs') => postings.reduce((s, r) => s + r[k], 0);
  const big = rows.at(-1) as (typeof rows)[number];
  return {
    figures: [
      figure(
        SECTION,
        'peer.speed.joblens',
        `Salary extraction per posting, JobLens (normalizeText + extractSalaries), mean of medians over ${postings.length} postings`,
        round(sum('ours') / postings.length),
        'ms',
      ),
      figure(
        SECTION,
        'peer.speed.jobspy',
        'Salary extraction per posting, ts-jobspy extractSalary, same postings (one regex for "$a-$b", stops at the first match, at most one range)',
        round(sum('theirs') / postings.length, 4),
        'ms',
      ),
      figure(
        SECTION,
        'peer.speed.ratio',
        'JobLens time / ts-jobspy time on the same postings (same run)',
        round(sum('ours') / sum('theirs'), 1),
        'x',
      ),
      figure(
        SECTION,
        'peer.speed.ratio.100kb',
        'JobLens time / ts-jobspy time on a 100 KB realistic+hostile text',
        round(big.ours / big.theirs, 1),
        'x',
      ),
    ],
    tables: [
      {
        title: 'Peer speed per input (ms, median)',
        columns: ['input', 'JobLens', 'ts-jobspy', 'ratio'],
        rows: rows.map((r) => [
          r.name,
          round(r.ours),
          round(r.theirs, 4),
          round(r.ours / r.theirs, 1),
        ]),
      },
    ],
  };
}

export function runPeer(corpus: string): SectionResult {
  const s = speed();
  const a = accuracy(corpus);
  return { figures: [...a.figures, ...s.figures], tables: s.tables ?? [] };
}
