import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pay, posting, skill } from '../match/test-fixtures.ts';
import type { Posting } from '../schema/posting.ts';
import { evalReportToJson, formatEvalReport } from './format-report.ts';
import type { EvalReport } from './report-types.ts';
import { runEvaluation } from './run-evaluation.ts';

// A made-up labelled folder. Each document's text is invented for this test; the fake parser
// reads the file (so unreadable files fail like the real one) and returns a prepared Posting.
const label = (over: Record<string, unknown>) =>
  JSON.stringify({
    is_posting: true,
    salary: [],
    skills_required: [],
    skills_nice: [],
    skills_other: [],
    ...over,
  });
const usd = (min: number | null, max: number | null, location: string | null = null) => ({
  min,
  max,
  currency: 'USD',
  period: 'year',
  location,
});

const FOLDER: Record<
  string,
  { text: string; label?: string; parse?: Posting | 'throw' | 'invalid' }
> = {
  'a_right.txt': {
    text: 'Widget engineer. Pay 100k to 120k. Needs Go and Rust; Redis a plus.',
    label: label({
      salary: [usd(100_000, 120_000)],
      skills_required: ['golang', 'Rust'],
      skills_nice: ['Redis'],
    }),
    parse: posting(
      [skill('Go', 'required'), skill('Rust', 'required'), skill('Redis', 'required')],
      [pay(100_000, 120_000)],
    ),
  },
  'b_tiers.txt': {
    text: 'Gadget role. North tier 90k-110k, South tier 80k-100k. Uses Lua.',
    label: label({
      salary: [usd(90_000, 110_000, 'North tier'), usd(80_000, 100_000, 'South tier')],
      skills_other: ['Lua'],
    }),
    parse: posting(
      [skill('Lua', 'mentioned'), skill('Perl', 'mentioned')],
      [
        pay(80_000, 100_000, 'USD', 'year', 'South'),
        pay(90_000, 110_000, 'USD', 'year', 'Northern region'),
      ],
    ),
  },
  'c_wrong_pay.txt': {
    text: 'Sprocket fitter, 50 an hour. Knows Elixir.',
    label: label({ salary: [{ ...usd(50, 50), period: 'hour' }], skills_required: ['Elixir'] }),
    parse: posting([], [pay(50, 50, 'USD', 'year')]),
  },
  'd_news.txt': {
    text: 'Acme raised 40 million and plans to grow the team.',
    label: label({ is_posting: false }),
    parse: {
      ...posting([skill('Go', 'mentioned')], [pay(40_000_000, 40_000_000)]),
      isPosting: true,
    },
  },
  'e_missed.txt': {
    text: 'Short ad: we hire.',
    label: label({}),
    parse: { ...posting(), isPosting: false },
  },
  'f_crash.txt': {
    text: 'A page that breaks the parser.',
    label: label({ skills_required: ['Zig'] }),
    parse: 'throw',
  },
  'g_invalid.txt': { text: 'A page that yields nonsense.', label: label({}), parse: 'invalid' },
  'h_badlabel.txt': { text: 'Label is broken.', label: '{"is_posting": "yes"' },
  'i_unlabelled.txt': { text: 'Nobody labelled me.' },
};

async function fakeParse(file: string): Promise<Posting> {
  await readFile(file, 'utf8');
  const entry = FOLDER[basename(file)];
  if (entry?.parse === 'throw' || entry?.parse === undefined) throw new Error('parser fell over');
  if (entry.parse === 'invalid') return { isPosting: 'maybe' } as unknown as Posting;
  return entry.parse;
}

let dir: string;
let report: EvalReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joblens-eval-'));
  for (const [name, entry] of Object.entries(FOLDER)) {
    await writeFile(join(dir, name), entry.text);
    if (entry.label) await writeFile(join(dir, `${name}.label.json`), entry.label);
  }
  await writeFile(join(dir, 'z_gone.txt.label.json'), label({}));
  report = await runEvaluation(dir, fakeParse);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runEvaluation', () => {
  it('evaluates every readable labelled document', () => {
    expect(report.documents.map((d) => d.file)).toEqual([
      'a_right.txt',
      'b_tiers.txt',
      'c_wrong_pay.txt',
      'd_news.txt',
      'e_missed.txt',
      'f_crash.txt',
      'g_invalid.txt',
    ]);
    expect(report.unlabelled).toEqual(['i_unlabelled.txt']);
  });

  it('reports bad labels, missing documents and failed parses', () => {
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p.message]));
    expect(byFile['h_badlabel.txt.label.json']).toMatch(/^bad label: not JSON/);
    expect(byFile['z_gone.txt']).toMatch(/^labelled document is missing/);
    expect(byFile['f_crash.txt']).toBe('parse failed: parser fell over');
    expect(byFile['g_invalid.txt']).toMatch(/^parse failed: invalid Posting/);
  });

  it('measures salary exactness, split by posting and non-posting', () => {
    // right: a (exact), b (tiers out of order), e (none expected, none found). wrong: c, d, f, g.
    expect(report.salary.postings).toEqual({ n: 3, of: 6, rate: 0.5 });
    expect(report.salary.nonPostings).toEqual({ n: 0, of: 1, rate: 0 });
    expect(report.salary.all.n).toBe(3);
    expect(report.salary.inventedPay).toEqual(['d_news.txt']);
  });

  it('measures location apart and does not fail the salary on wording', () => {
    const tiers = report.documents.find((d) => d.file === 'b_tiers.txt');
    expect(tiers?.salaryRight).toBe(true);
    // a: both null; b: "South tier" contains "South"; "North tier" vs "Northern region" differ.
    expect(report.salary.location).toEqual({ n: 2, of: 3, rate: 2 / 3 });
    expect(tiers?.wrong).toContain('location wording: North tier vs Northern region');
  });

  it('measures skills over postings, through aliases', () => {
    // a: Go, Rust, Redis hit. b: Lua hit, Perl extra. c: Elixir missed. f: Zig missed.
    expect(report.skills).toMatchObject({
      documents: 6,
      truePositives: 4,
      falsePositives: 1,
      falseNegatives: 2,
    });
    expect(report.skills.precision).toBeCloseTo(0.8);
    expect(report.skills.recall).toBeCloseTo(4 / 6);
    expect(report.skills.importance).toEqual({ n: 2, of: 3, rate: 2 / 3 });
    expect(report.skills.onNonPostings).toEqual([{ file: 'd_news.txt', count: 1 }]);
  });

  it('measures detection, counting failed parses as wrong', () => {
    expect(report.detection).toMatchObject({
      truePositives: 3,
      falseNegatives: 3,
      falsePositives: 1,
      trueNegatives: 0,
      falsePositiveFiles: ['d_news.txt'],
      falseNegativeFiles: ['e_missed.txt', 'f_crash.txt', 'g_invalid.txt'],
    });
  });

  it('checks the targets', () => {
    const met = Object.fromEntries(report.targets.map((t) => [t.name, t.met]));
    expect(met).toEqual({
      'Salary: documents exactly right': false,
      'Salary: strings exactly right': null,
      'Invented pay (documents)': false,
      'Non-postings detected as postings': false,
      'Postings detected': false,
      'Skills: F1': false,
      'Skills: F1 in every group': false,
      'Skills: importance right': false,
    });
    const value = Object.fromEntries(report.targets.map((t) => [t.name, t.value]));
    expect(value['Postings detected']).toBe('3/6 (50.0%)');
    expect(value['Non-postings detected as postings']).toBe('1/1');
    // Groups: a (1.000), b (Lua hit, Perl extra: 0.667), c and f (nothing found: 0), e and g
    // (nothing labelled, nothing found: not scored).
    expect(value['Skills: F1 in every group']).toBe('c 0.000 (3 groups below)');
  });

  it('reports the figures per file-name prefix', () => {
    expect(report.groups.map((g) => g.group)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const b = report.groups.find((g) => g.group === 'b');
    expect(b).toMatchObject({
      documents: 1,
      salary: { n: 1, of: 1 },
      postingsDetected: { n: 1, of: 1 },
      nonPostingsDetected: { n: 0, of: 0 },
    });
    expect(b?.skills.precision).toBeCloseTo(0.5);
    const d = report.groups.find((g) => g.group === 'd');
    expect(d).toMatchObject({ inventedPay: 1, nonPostingsDetected: { n: 1, of: 1 } });
    const text = formatEvalReport(report);
    expect(text).toMatch(/\nb +1 +1\/1 100% +0 +1\/1 100% +– +0\.50 +1\.00 +0\.67 +–\n/);
    expect(text).toMatch(/\nall +7 +3\/7 43% +1 +3\/6 50% +1\/1 /);
  });

  it('formats a readable report and round-trips through JSON', () => {
    const text = formatEvalReport(report);
    expect(text).toContain('exactly right, all documents: 3/7 (42.9%)');
    expect(text).toMatch(/c_wrong_pay\.txt +posting +yes +WRONG .*salary wrong/);
    expect(text).toContain(
      '  ✗ c_wrong_pay.txt\n      expected 50–50 USD/hour\n      got      50–50 USD/year',
    );
    expect(text).toContain(
      '  ✗ d_news.txt\n      expected none\n      got      40,000,000–40,000,000 USD/year',
    );
    expect(text).toMatch(/d_news\.txt +not +yes +WRONG .*invented pay/);
    expect(text).toContain('Location wording is measured apart');
    expect(text).toContain('Salary strings: not run (no salary extractor was given)');
    expect(JSON.parse(evalReportToJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('reports an unreadable folder instead of throwing', async () => {
    const missing = await runEvaluation(join(dir, 'nope'), fakeParse);
    expect(missing.documents).toEqual([]);
    expect(missing.problems[0]?.message).toMatch(/^cannot read the folder/);
    expect(formatEvalReport(missing)).toContain('0 labelled documents');
  });

  it('runs salary strings when given an extractor', async () => {
    await writeFile(
      join(dir, 'salary_strings.jsonl'),
      `${JSON.stringify({ text: 'made-up 1', expected: [usd(1, 2)] })}\n${JSON.stringify({ text: 'made-up 2', expected: [] })}\n`,
    );
    const withStrings = await runEvaluation(dir, fakeParse, (text) =>
      text === 'made-up 1' ? [pay(1, 2)] : [pay(3, 4)],
    );
    expect(withStrings.strings?.right).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(withStrings.strings?.failures).toEqual([
      { text: 'made-up 2', expected: 'none', got: '3–4 USD/year' },
    ]);
    expect(withStrings.unlabelled).not.toContain('salary_strings.jsonl');
  });
});
