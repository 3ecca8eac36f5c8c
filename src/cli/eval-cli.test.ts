import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/joblens.mjs', 'eval', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Invented inputs, written for these tests. Pay and skills are stated plainly, so the real
// parser reads them; what is checked is the evaluation around it.
const PAGE = `<!doctype html><html><head><title>Widget Engineer - Acme Widgets</title></head>
<body><main><h1>Widget Engineer</h1><p>Acme Widgets · Springfield (hybrid)</p>
<h2>About the role</h2><p>You will build the services that keep our widget factory running.</p>
<h2>Requirements</h2><ul><li>Experience with PostgreSQL</li><li>3+ years building services</li></ul>
<h2>Compensation</h2><p>The base salary for this role is $120,000 - $150,000 per year.</p>
<p><a href="#apply">Apply now</a></p></main></body></html>`;
const pageLabel = (mustFind: string[]) =>
  JSON.stringify({
    url: 'https://careers.acme-widgets.example/jobs/42',
    is_posting: true,
    salary: [{ min: 120_000, max: 150_000, currency: 'USD', period: 'year', location: null }],
    skills_must_find: mustFind,
  });
const POSTING_TEXT = [
  'Widget Engineer',
  'Acme Widgets',
  'Springfield',
  '',
  'We build widgets.',
  'Requirements:',
  '- PostgreSQL',
  'Salary: $120,000 - $150,000 per year',
  'Apply now',
].join('\n');
const CONTROL_TEXT =
  'Barista\nCorner Cafe\nSpringfield\n\nMake great coffee and keep the counter tidy. We offer a 401k plan.';
const scaleRow = (id: string, text: string, expected: unknown[]) =>
  JSON.stringify({ id, text, expected });
const yearly = (min: number, max: number) => ({ min, max, currency: 'USD', period: 'year' });

describe('joblens eval --pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'joblens-pages-cli-'));
  writeFileSync(join(dir, 'acme_widget.html'), PAGE);

  it('parses each page under its URL and exits 0 when every page is right', () => {
    writeFileSync(join(dir, 'acme_widget.label.json'), pageLabel(['Postgres']));
    const r = run(['--pages', dir]);
    expect(r.stdout).toMatch(/acme_widget\.html +posting +yes +ok +1\/1 /);
    expect(r.stdout).toMatch(/Pages: must-find skills found +1\/1 \(100\.0%\) +all +met/);
    expect(r.code).toBe(0);
  });

  it('exits 1 when a target is missed, and --json carries the same figures', () => {
    writeFileSync(join(dir, 'acme_widget.label.json'), pageLabel(['Postgres', 'Haskell']));
    const r = run(['--json', '--pages', dir]);
    const report = JSON.parse(r.stdout) as { skills: unknown; pages: { skillsMissed: string[] }[] };
    expect(report.skills).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(report.pages[0]?.skillsMissed).toEqual(['Haskell']);
    expect(r.code).toBe(1);
  });
});

describe('joblens eval --scale', () => {
  const dir = mkdtempSync(join(tmpdir(), 'joblens-scale-cli-'));

  it('reads row text as a .txt file and exits 0 when the targets are met', () => {
    const file = join(dir, 'good.jsonl');
    writeFileSync(
      file,
      `${scaleRow('p-1', POSTING_TEXT, [yearly(120_000, 150_000)])}\n${scaleRow('c-1', CONTROL_TEXT, [])}\n`,
    );
    const r = run(['--scale', file]);
    expect(r.stdout).toContain('2 rows (1 with pay, 1 controls)');
    expect(r.stdout).toMatch(/postings\/s/);
    expect(r.code).toBe(0);
  });

  it('lists a miss with expected and got, and exits 1', () => {
    const file = join(dir, 'miss.jsonl');
    writeFileSync(file, `${scaleRow('p-2', POSTING_TEXT, [yearly(125_000, 150_000)])}\n`);
    const r = run(['--scale', file]);
    expect(r.stdout).toContain(
      '  ✗ p-2\n      expected 125,000–150,000 USD/year\n      got      120,000–150,000 USD/year',
    );
    expect(r.code).toBe(1);
  });
});

describe('joblens eval DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'joblens-eval-cli-'));

  it('exits 2 when its input cannot be read, since nothing was measured', () => {
    const r = run([join(dir, 'missing')]);
    expect(r.stderr).toMatch(/joblens: .*missing: cannot read the folder/);
    expect(r.code).toBe(2);
  });

  it('reports the figures per file-name prefix', () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'alpha_widget.txt'), POSTING_TEXT);
    writeFileSync(
      join(docs, 'alpha_widget.txt.label.json'),
      JSON.stringify({
        is_posting: true,
        salary: [yearly(120_000, 150_000)],
        skills_required: ['PostgreSQL'],
      }),
    );
    writeFileSync(join(docs, 'beta_cafe.txt'), CONTROL_TEXT);
    writeFileSync(
      join(docs, 'beta_cafe.txt.label.json'),
      JSON.stringify({ is_posting: false, salary: [] }),
    );
    const r = run([docs]);
    expect(r.stdout).toMatch(
      /\nalpha +1 +1\/1 100% +0 +1\/1 100% +– +1\.00 +1\.00 +1\.00 +1\/1 100%\n/,
    );
    expect(r.stdout).toMatch(/\nbeta +1 +1\/1 100% +0 +– +0\/1 /);
    expect(r.stdout).toMatch(/\nall +2 +2\/2 100% /);
  });
});
