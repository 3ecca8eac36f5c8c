/**
 * The parser as the extension ships it, for timing: src/ bundled by esbuild with the build's
 * target and without name-keeping. tsx (which runs the bench) keeps every function's name,
 * so each closure a hot function makes costs a `__name` call the shipped bundle never pays;
 * timing the sources through tsx measured that instead of the parser.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { linkedomEnv, parseHtmlLinkedom } from '../src/dom/linkedom-env.ts';
import type { statesIn } from '../src/match/us-states.ts';
import type { parseDocument } from '../src/parse/parse-document.ts';
import type { parseInput } from '../src/parse/parse-input.ts';
import type { extractSalaries } from '../src/salary/extract.ts';
import type { extractSkills } from '../src/skills/extract.ts';
import { BENCH_DIR, ROOT } from './args.ts';

export interface ShippedParser {
  parseInput: typeof parseInput;
  parseDocument: typeof parseDocument;
  linkedomEnv: typeof linkedomEnv;
  parseHtmlLinkedom: typeof parseHtmlLinkedom;
  extractSalaries: typeof extractSalaries;
  extractSkills: typeof extractSkills;
  statesIn: typeof statesIn;
}

const ENTRY = `
export { parseInput } from './src/parse/parse-input.ts';
export { parseDocument } from './src/parse/parse-document.ts';
export { linkedomEnv, parseHtmlLinkedom } from './src/dom/linkedom-env.ts';
export { extractSalaries } from './src/salary/extract.ts';
export { extractSkills } from './src/skills/extract.ts';
export { statesIn } from './src/match/us-states.ts';
`;

/** Bundles src/ once per run (bench/.out, not committed) and imports it. */
export async function loadShippedParser(): Promise<ShippedParser> {
  const out = join(BENCH_DIR, '.out', `parser-${process.pid}.mjs`);
  mkdirSync(join(BENCH_DIR, '.out'), { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    keepNames: false,
    outfile: out,
    logLevel: 'warning',
  });
  try {
    return (await import(pathToFileURL(out).href)) as ShippedParser;
  } finally {
    rmSync(out, { force: true });
  }
}
