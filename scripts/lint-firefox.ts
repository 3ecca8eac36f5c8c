/**
 * `web-ext lint` on the Firefox build (what addons.mozilla.org runs on upload). Errors fail
 * the run, and so does any warning not named below with the library it comes from and why it
 * is safe there (zod's eval probe is removed at build: scripts/vite/zod-without-eval.ts).
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

/** A known warning: its code, the bundle file it is in (hash left out), where and why. */
interface Allowed {
  code: string;
  message: RegExp;
  file: RegExp;
  from: string;
  why: string;
}

const ALLOWED: readonly Allowed[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    file: /^assets\/(?:SaveControls|panel|popup)-[\w-]+\.js$/,
    from: 'Preact (its renderer, for the `dangerouslySetInnerHTML` prop)',
    why: 'our components never pass that prop (Biome forbids it: noDangerouslySetInnerHtml), so the assignment never runs',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    file: /^assets\/index\.ts-[\w-]+\.js$/,
    from: "linkedom (the background's DOM for parsing pages: its innerHTML setter and HTML fragments)",
    why: "it builds linkedom's own in-memory tree in the background script, which has no document and runs nothing it parses",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /import/,
    file: /^content\/job\.js$/,
    from: "JobLens (the iCIMS frame stub's import() of content/engine.js)",
    why: 'the argument is runtime.getURL of a constant path inside the extension; it goes with the one page agent (issue 21)',
  },
];

const line = (m: LintMessage) => `  ${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`;
const allowedFor = (w: LintMessage) =>
  ALLOWED.find((a) => a.code === w.code && a.message.test(w.message) && a.file.test(w.file ?? ''));

ensureBuild();
const result = (await webExt.cmd.lint(
  { sourceDir: DIST.firefox, output: 'none', selfHosted: false, warningsAsErrors: false },
  { shouldExitProgram: false },
)) as LintResult;

console.log(
  `web-ext lint dist/firefox: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`,
);
const unknown: LintMessage[] = [];
for (const w of result.warnings) {
  const known = allowedFor(w);
  if (known) console.log(`${line(w)}\n    allowed: ${known.from}; ${known.why}`);
  else unknown.push(w);
}
for (const w of unknown)
  console.error(`${line(w)}\n    NOT in the allow-list (scripts/lint-firefox.ts)`);
for (const e of result.errors) console.error(line(e));
process.exitCode = result.summary.errors > 0 || unknown.length > 0 ? 1 : 0;
