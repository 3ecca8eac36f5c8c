import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Posting } from '../schema/posting.ts';

/**
 * `joblens parse --json` on broken files, end to end through the real binary: every input
 * gets a posting or a clear error entry, in order, and a bad one never stops the others.
 */

const ROOT = new URL('../../', import.meta.url).pathname;

type Entry = { input: string; posting?: Posting; error?: string };

function run(args: string[]): { code: number | null; entries: Entry[]; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/joblens.mjs', 'parse', '--json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, entries: JSON.parse(r.stdout) as Entry[], stderr: r.stderr };
}

const POSTING_HTML = `<!doctype html><html><head><title>Platform Engineer</title></head><body>
<h1>Platform Engineer</h1>
<p>We build scheduling software for small clinics and are hiring a full-time engineer.</p>
<h2>Requirements</h2><ul><li>5+ years of Python and Go</li><li>PostgreSQL and Kubernetes</li></ul>
<p>Salary: $150,000 - $180,000 per year</p>
<h2>How to apply</h2><p>Apply now with your CV.</p>`;

const POSTING_TEXT =
  'Platform Engineer\n\nWe build scheduling software for small clinics and are hiring.\n\n' +
  'Requirements:\n- 5+ years of Python and Go\n- PostgreSQL\n\nSalary: $150,000 - $180,000 per year\n\nApply now.';

/** Bytes that are not UTF-8: a stray continuation, an overlong form, an encoded surrogate, a cut sequence. */
const INVALID_UTF8 = Buffer.from([0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff, 0xfe, 0xe2, 0x82]);

function withBadBytes(text: string): Buffer {
  const [head, tail] = [text.slice(0, 40), text.slice(40)];
  return Buffer.concat([
    Buffer.from(head),
    INVALID_UTF8,
    Buffer.from(tail),
    Buffer.from([0xf0, 0x9f]),
  ]);
}

/**
 * Over 5 MB: the posting, filler sections, then 150,000 levels of open divs (minutes for
 * linkedom without src/dom/cap-nesting.ts).
 */
function hugeHtml(): string {
  const filler =
    '<div class="team"><p>Our clinics team ships weekly and reviews code together.</p></div>\n';
  const body = filler.repeat(Math.ceil((4.5 * 1024 * 1024) / filler.length));
  return `${POSTING_HTML}${body}${'<div>'.repeat(150_000)}<p>end of page</p></body></html>`;
}

function writeFixtures(dir: string): Record<string, string> {
  const files: Record<string, string | Buffer> = {
    'truncated.html': POSTING_HTML.slice(0, POSTING_HTML.indexOf('PostgreSQL') + 6),
    'cut-in-html-tag.html': '<!doctype html>\n<html lang="en" data-x="',
    'huge.html': hugeHtml(),
    'number.json': '42',
    'strings.json': JSON.stringify(['Platform Engineer', 'Salary: $150,000', 'Go']),
    // Written out: JSON.stringify itself recurses and overflows at this depth.
    'deep.json': `${'['.repeat(100_000)}1${']'.repeat(100_000)}`,
    'deep-object.json': `${'{"a":'.repeat(100_000)}{}${'}'.repeat(100_000)}`,
    'bad-bytes.txt': withBadBytes(POSTING_TEXT),
    'bad-bytes.html': withBadBytes(POSTING_HTML),
  };
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], content);
  }
  return paths;
}

function postingOf(e: Entry | undefined): Posting {
  expect(e?.error).toBeUndefined();
  const parsed = Posting.safeParse(e?.posting);
  expect(parsed.success, JSON.stringify(e).slice(0, 500)).toBe(true);
  return e?.posting as Posting;
}

describe('joblens parse --json on broken files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'joblens-broken-'));
  const f = writeFixtures(dir);
  const names = Object.keys(f);
  const missing = join(dir, 'missing.html');
  const r = run([...names.map((n) => f[n] as string), missing]);
  const byName = (name: string) => r.entries[names.indexOf(name)];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every input, in order, and exits 1 because one is missing', () => {
    expect(r.entries.map((e) => e.input)).toEqual([...names.map((n) => f[n]), missing]);
    expect(r.entries.at(-1)).toEqual({ input: missing, error: 'file not found' });
    expect(r.stderr).toContain('missing.html: file not found');
    expect(r.code).toBe(1);
  });

  it('reads what is there of a truncated page', () => {
    const p = postingOf(byName('truncated.html'));
    expect(p.isPosting).toBe(true);
    expect(p.title).toBe('Platform Engineer');
    expect(p.skills.map((s) => s.name)).toContain('Python');
  });

  it('reads a page cut inside its <html> tag as an empty page, without an internal error', () => {
    const p = postingOf(byName('cut-in-html-tag.html'));
    expect(p.isPosting).toBe(false);
    expect(p.reasons.join(' ')).not.toMatch(/could not read/i);
  });

  it('reads a 5 MB page with 150,000 levels of nesting', () => {
    const p = postingOf(byName('huge.html'));
    expect(p.isPosting).toBe(true);
    expect(p.salary.map((s) => [s.min, s.max])).toEqual([[150000, 180000]]);
  });

  it.each([['number.json'], ['strings.json'], ['deep.json'], ['deep-object.json']])(
    'says %s is valid JSON but not a posting',
    (name) => {
      const p = postingOf(byName(name));
      expect(p.isPosting).toBe(false);
      expect(p.reasons).toEqual(['This JSON is not a job posting in any format JobLens reads.']);
    },
  );

  it.each([['bad-bytes.txt'], ['bad-bytes.html']])(
    'reads %s with invalid UTF-8 as text with replacement characters',
    (name) => {
      const p = postingOf(byName(name));
      expect(p.isPosting).toBe(true);
      expect(p.salary.map((s) => [s.min, s.max, s.currency])).toEqual([[150000, 180000, 'USD']]);
    },
  );

  it('reads a directory of mixed files: postings, errors, and sidecars skipped', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'a-posting.txt'), POSTING_TEXT);
    writeFileSync(join(mixed, 'b-binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 7]));
    writeFileSync(join(mixed, 'c-empty.html'), '');
    writeFileSync(join(mixed, 'd-invalid.json'), '{"@type": "JobPosting", "title": ');
    writeFileSync(join(mixed, 'e-bad-bytes.txt'), withBadBytes(POSTING_TEXT));
    writeFileSync(join(mixed, 'f-number.json'), '-1e999');
    writeFileSync(join(mixed, 'g-truncated.html'), POSTING_HTML.slice(0, 200));
    writeFileSync(join(mixed, 'a-posting.label.json'), '{"salary": []}');
    writeFileSync(join(mixed, 'notes.pdf'), '%PDF-1.4');
    const d = run([mixed]);
    const short = d.entries.map((e) => [e.input.slice(mixed.length + 1), e.error ?? 'ok']);
    expect(short).toEqual([
      ['a-posting.txt', 'ok'],
      ['b-binary.txt', 'binary file, not text, HTML or JSON'],
      ['c-empty.html', 'empty input'],
      ['d-invalid.json', expect.stringMatching(/^invalid JSON: /)],
      ['e-bad-bytes.txt', 'ok'],
      ['f-number.json', 'ok'],
      ['g-truncated.html', 'ok'],
    ]);
    expect(postingOf(d.entries[0]).salary).toHaveLength(1);
    expect(postingOf(d.entries[4]).salary).toHaveLength(1);
    expect(d.code).toBe(1);
  });
});
