import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pay, posting, skill } from '../match/test-fixtures.ts';
import type { Posting } from '../schema/posting.ts';
import { formatPagesReport } from './format-pages-report.ts';
import type { PagesReport } from './report-types.ts';
import { runPages } from './run-pages.ts';

// A made-up folder of saved pages. The fake parser reads the file (so a missing one fails as
// the real one would), records the URL it was given, and returns a prepared Posting.
const label = (over: Record<string, unknown>) =>
  JSON.stringify({
    url: 'https://jobs.example.com/acme/1',
    site: 'example',
    is_posting: true,
    salary: [],
    skills_must_find: [],
    ...over,
  });
const usd = (min: number, max: number) => ({ min, max, currency: 'USD', period: 'year' });

const FOLDER: Record<string, { label?: string; parse?: Posting | 'throw' }> = {
  board_right: {
    label: label({
      url: 'https://jobs.example.com/acme/right',
      salary: [usd(100_000, 120_000)],
      skills_must_find: ['golang', 'Kubernetes'],
    }),
    parse: posting([skill('Go', 'required'), skill('k8s', 'mentioned')], [pay(100_000, 120_000)]),
  },
  board_index: {
    label: label({ url: 'https://jobs.example.com/acme', is_posting: false }),
    parse: { ...posting([], [pay(80_000, 90_000)]), isPosting: true },
  },
  shell_missed: {
    label: label({ salary: [usd(50_000, 60_000)], skills_must_find: ['Rust', 'Zig'] }),
    parse: { ...posting([skill('Rust', 'required')]), isPosting: false },
  },
  broken_page: { label: label({ skills_must_find: ['Lua'] }), parse: 'throw' },
  bad_label: { label: label({ url: 'not a url' }) },
  spare_page: {},
};

const seenUrls = new Map<string, string>();

async function fakeParse(file: string, url: string): Promise<Posting> {
  await readFile(file, 'utf8');
  const name = basename(file, '.html');
  seenUrls.set(name, url);
  const entry = FOLDER[name];
  if (!entry?.parse || entry.parse === 'throw') throw new Error('parser fell over');
  return entry.parse;
}

let dir: string;
let report: PagesReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joblens-pages-'));
  for (const [name, entry] of Object.entries(FOLDER)) {
    await writeFile(join(dir, `${name}.html`), `<html><body><h1>${name}</h1></body></html>`);
    if (entry.label) await writeFile(join(dir, `${name}.label.json`), entry.label);
  }
  await writeFile(join(dir, 'gone.label.json'), label({}));
  await writeFile(join(dir, 'README.md'), 'About these made-up pages.');
  report = await runPages(dir, fakeParse);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runPages', () => {
  it('parses each labelled page under its label URL', () => {
    expect(report.pages.map((p) => p.file)).toEqual([
      'board_index.html',
      'board_right.html',
      'broken_page.html',
      'shell_missed.html',
    ]);
    expect(seenUrls.get('board_right')).toBe('https://jobs.example.com/acme/right');
    expect(seenUrls.get('board_index')).toBe('https://jobs.example.com/acme');
    expect(report.unlabelled).toEqual(['spare_page.html']);
  });

  it('reports bad labels, missing pages and failed parses', () => {
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p.message]));
    expect(byFile['bad_label.label.json']).toMatch(/^bad page label: url/);
    expect(byFile['gone.html']).toMatch(/^labelled page is missing/);
    expect(byFile['broken_page.html']).toBe('parse failed: parser fell over');
  });

  it('scores detection, exact salary and must-find skills per page and in total', () => {
    const byFile = Object.fromEntries(report.pages.map((p) => [p.file, p]));
    expect(byFile['board_right.html']).toMatchObject({
      detected: true,
      salaryRight: true,
      skillsFound: 2,
      skillsTotal: 2,
    });
    expect(byFile['board_index.html']).toMatchObject({ detected: true, salaryRight: false });
    expect(byFile['shell_missed.html']).toMatchObject({
      detected: false,
      salaryRight: false,
      skillsMissed: ['Zig'],
    });
    expect(byFile['broken_page.html']).toMatchObject({ detected: null, skillsMissed: ['Lua'] });
    expect(report.detected).toEqual({ n: 1, of: 4, rate: 0.25 });
    expect(report.salary).toEqual({ n: 1, of: 4, rate: 0.25 });
    expect(report.skills).toEqual({ n: 3, of: 5, rate: 0.6 });
    expect(report.pagesWithAllSkills).toEqual({ n: 1, of: 3, rate: 1 / 3 });
    expect(report.targets.map((t) => [t.name, t.met])).toEqual([
      ['Pages: detected as labelled', false],
      ['Pages: salary exactly right', false],
      ['Pages: must-find skills found', false],
    ]);
  });

  it('formats one row per page and lists salary misses', () => {
    const text = formatPagesReport(report);
    expect(text).toMatch(/board_right\.html +posting +yes +ok +2\/2 +\d+\n/);
    expect(text).toMatch(
      /board_index\.html +not +yes +WRONG +– +\d+ +non-posting detected as a posting \| salary wrong/,
    );
    expect(text).toMatch(/broken_page\.html +posting +error +WRONG +0\/1 .*parse failed/);
    expect(text).toContain(
      '  ✗ shell_missed.html\n      expected 50,000–60,000 USD/year\n      got      none',
    );
    expect(text).toContain('Not evaluated (no label): spare_page.html');
  });

  it('reports an unreadable folder instead of throwing', async () => {
    const missing = await runPages(join(dir, 'nope'), fakeParse);
    expect(missing.pages).toEqual([]);
    expect(missing.inputError).toMatch(/^cannot read the folder/);
  });
});
