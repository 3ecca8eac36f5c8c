/**
 * `web-ext lint` on the Firefox build (what addons.mozilla.org runs on upload). Errors fail
 * the run; warnings are printed for review (today: code inside Preact and zod that
 * web-ext flags by pattern, and keys older Firefox versions ignore).
 */
import webExt from 'web-ext';
import { DIST, ensureBuild } from './ensure-build.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

ensureBuild();
const result = (await webExt.cmd.lint(
  { sourceDir: DIST.firefox, output: 'none', selfHosted: false, warningsAsErrors: false },
  { shouldExitProgram: false },
)) as LintResult;

const line = (m: LintMessage) => `  ${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`;
console.log(
  `web-ext lint dist/firefox: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`,
);
for (const w of result.warnings) console.log(line(w));
for (const e of result.errors) console.error(line(e));
process.exitCode = result.summary.errors > 0 ? 1 : 0;
