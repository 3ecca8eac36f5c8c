import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = resolve(ROOT, 'e2e', 'fixtures');
export const OUTPUT = resolve(ROOT, 'e2e', 'output');
/** JOBLENS_DIST_CHROME: test a build elsewhere (with JOBLENS_SKIP_BUILD=1). */
export const DIST_CHROME = process.env.JOBLENS_DIST_CHROME ?? resolve(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = resolve(ROOT, 'dist', 'firefox');

function which(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Debian's Chromium (the brief's browser); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const found =
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : which('chromium'));
  if (!found)
    throw new Error(
      'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH',
    );
  return found;
}

export function firefoxPath(): string {
  const found =
    process.env.FIREFOX_PATH ??
    (existsSync('/usr/bin/firefox-esr')
      ? '/usr/bin/firefox-esr'
      : (which('firefox-esr') ?? which('firefox')));
  if (!found)
    throw new Error(
      'Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH',
    );
  return found;
}
