/**
 * Build dist/chrome and dist/firefox unless a build newer than every source file exists.
 * Used by the e2e global setup and the demo so both run against the current code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = {
  chrome: join(ROOT, 'dist', 'chrome'),
  firefox: join(ROOT, 'dist', 'firefox'),
} as const;
const SOURCES = ['src', 'extension', 'public', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isBuildFresh(): boolean {
  const built = Object.values(DIST).map((d) => join(d, 'manifest.json'));
  if (!built.every(existsSync)) return false;
  const oldestBuild = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) <= oldestBuild);
}

export function ensureBuild(log: (m: string) => void = console.log): void {
  if (process.env.JOBLENS_SKIP_BUILD === '1' || isBuildFresh()) return;
  log('Building the extension (dist/chrome, dist/firefox)…');
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
