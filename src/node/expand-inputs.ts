import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const POSTING_EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.json']);

/** Sidecar files that sit beside postings but are not postings. */
function isSidecar(name: string): boolean {
  return /\.(label|expected)\.json$/i.test(name) || /(^|[-_.])profile\.json$/i.test(name);
}

/**
 * Expands directories into the posting files they hold (sorted, not recursive); files and
 * `-` pass through as given so a missing file is reported under the name the user typed.
 */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(arg);
      continue;
    }
    const names = (await readdir(arg)).sort();
    for (const name of names) {
      if (POSTING_EXT.has(extname(name).toLowerCase()) && !isSidecar(name))
        out.push(join(arg, name));
    }
  }
  return out;
}
