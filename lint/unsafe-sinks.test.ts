import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Proves the lint rules that keep page-derived text inert actually fire: each probe is a
// one-line file linted with the project's own Biome config (plugin lint/no-inner-html.grit).
const ROOT = new URL('../', import.meta.url).pathname;
const dir = mkdtempSync(join(ROOT, 'lint', '.probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(name: string, code: string): { code: number | null; out: string } {
  const file = join(dir, name);
  writeFileSync(file, code);
  const r = spawnSync(
    process.execPath,
    ['node_modules/@biomejs/biome/bin/biome', 'lint', relative(ROOT, file)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('lint bans unsafe HTML and code sinks', () => {
  it.each([
    ['inner.ts', 'export function f(el: Element, s: string) { el.innerHTML = s; }\n'],
    ['outer.ts', 'export function f(el: Element, s: string) { el.outerHTML = s; }\n'],
    [
      'adjacent.ts',
      "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }\n",
    ],
    ['fn.ts', "export const f = new Function('return 1');\n"],
    ['eval.ts', "export const f = () => eval('1');\n"],
    [
      'jsx.tsx',
      'export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;\n',
    ],
  ])('%s is rejected', (name, code) => {
    const r = lint(name, code);
    expect(r.code, r.out).not.toBe(0);
  });

  it('accepts text-only rendering', () => {
    const r = lint('ok.ts', 'export function f(el: Element, s: string) { el.textContent = s; }\n');
    expect(r.code, r.out).toBe(0);
  });
});
