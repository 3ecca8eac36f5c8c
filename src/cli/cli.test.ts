import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = 'seeds/003_2bcbe9465b92725b.txt';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/joblens.mjs', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('joblens parse --json (public contract)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'joblens-cli-'));
  const binary = join(tmp, 'blob.txt');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  const badJson = join(tmp, 'bad.json');
  writeFileSync(badJson, '{"title": ');

  const r = run([
    'parse',
    '--json',
    '--profile',
    'seeds/sample-profile.json',
    SEED,
    'missing.txt',
    binary,
    badJson,
  ]);
  const out = JSON.parse(r.stdout) as Record<string, unknown>[];

  it('keeps one entry per input, in the order given', () => {
    expect(out.map((o) => o.input)).toEqual([SEED, 'missing.txt', binary, badJson]);
  });

  it('pins the field names of a parsed posting', () => {
    const first = out[0] as { posting: Record<string, unknown>; match: Record<string, unknown> };
    expect(first.posting).toMatchObject({ isPosting: true });
    expect(typeof first.posting.confidence).toBe('number');
    expect(first.posting).toHaveProperty('title');
    expect(first.posting).toHaveProperty('company');
    expect(first.posting.salary).toEqual([
      {
        min: 155300,
        max: 232900,
        currency: 'USD',
        currencyAssumed: false,
        period: 'year',
        location: 'Colorado',
        basis: 'base',
        annual: { min: 155300, max: 232900 },
        text: expect.stringContaining('$155,300 to $232,900'),
        source: 'text',
      },
    ]);
    expect(Array.isArray(first.posting.skills)).toBe(true);
    expect(first.posting.language).toBe('en');
    expect(first.match.score).toEqual(expect.any(Number));
    expect(first.match.basis).toMatchObject({ summary: expect.any(String) });
    expect(first.match.locationFit).toMatchObject({ status: expect.any(String) });
  });

  it('reports each bad input as an error entry and on stderr, and exits 1', () => {
    expect(out[1]).toEqual({ input: 'missing.txt', error: 'file not found' });
    expect(out[2]).toMatchObject({ error: expect.stringContaining('binary') });
    expect(out[3]).toMatchObject({ error: expect.stringContaining('invalid JSON') });
    expect(r.stderr).toContain('missing.txt: file not found');
    expect(r.code).toBe(1);
  });
});

describe('joblens parse (human output and other paths)', () => {
  it('prints a table for a directory and exits 0', () => {
    const r = run(['parse', 'seeds']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^input\s+posting\s+lang\s+title\s+salary/);
    expect(r.stdout).toContain('USD 172,500–258,700/yr');
    expect(r.stdout.trim().split('\n')).toHaveLength(2 + 5);
  });

  it('reads standard input with -', () => {
    const r = run(
      ['parse', '--json', '-'],
      'Senior Engineer\nRequirements:\n- Go and Kubernetes\nSalary: $120,000 - $150,000 per year\nApply now',
    );
    const [entry] = JSON.parse(r.stdout) as { posting: { salary: { min: number }[] } }[];
    expect(entry?.posting.salary[0]?.min).toBe(120000);
  });

  it('rejects an invalid profile with a clear message', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'joblens-prof-'));
    const p = join(tmp, 'profile.json');
    writeFileSync(p, JSON.stringify({ version: 2, skills: 'python' }));
    const r = run(['parse', '--profile', p, SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/profile is invalid: .*version/);
  });

  it('explains usage on a bad command', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});
