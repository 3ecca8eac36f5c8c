import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Posting } from '../schema/posting.ts';
import { checkPosting, errorMessage as message } from './check-posting.ts';
import { evaluateDocument, type ParseOutcome } from './evaluate-document.ts';
import { type Extract, evaluateStrings } from './evaluate-strings.ts';
import { Label, parseJsonAs } from './label.ts';
import { LABEL_SUFFIX, readLabelledFolder } from './labelled-folder.ts';
import type { DocumentResult, EvalReport, Problem } from './report-types.ts';
import { summarize } from './summarize.ts';
import { summarizeGroups } from './summarize-groups.ts';
import { checkTargets } from './targets.ts';

export { evalReportToJson, formatEvalReport } from './format-report.ts';

export type ParseFile = (file: string) => Promise<Posting>;

export { LABEL_SUFFIX };
export const STRINGS_FILE = 'salary_strings.jsonl';
/** Files in a corpus folder that are neither documents nor labels. */
const NOT_DOCUMENTS = new Set([STRINGS_FILE, 'README.md']);

async function parseOne(parse: ParseFile, path: string): Promise<ParseOutcome> {
  try {
    return checkPosting(await parse(path));
  } catch (error) {
    return { error: message(error) };
  }
}

async function evaluateLabel(
  dir: string,
  labelName: string,
  parse: ParseFile,
  problems: Problem[],
): Promise<DocumentResult | null> {
  const file = labelName.slice(0, -LABEL_SUFFIX.length);
  let labelText: string;
  try {
    labelText = await readFile(join(dir, labelName), 'utf8');
  } catch (error) {
    problems.push({ file: labelName, message: `unreadable label: ${message(error)}` });
    return null;
  }
  const label = parseJsonAs(Label, labelText);
  if (!label.ok) {
    problems.push({ file: labelName, message: `bad label: ${label.message}` });
    return null;
  }
  try {
    if (!(await stat(join(dir, file))).isFile()) throw new Error('not a file');
  } catch (error) {
    problems.push({
      file,
      message: `labelled document is missing or unreadable: ${message(error)}`,
    });
    return null;
  }
  const started = performance.now();
  const outcome = await parseOne(parse, join(dir, file));
  const millis = performance.now() - started;
  if ('error' in outcome) problems.push({ file, message: `parse failed: ${outcome.error}` });
  return evaluateDocument(file, label.value, outcome, millis);
}

async function evaluateStringsFile(dir: string, extract: Extract | undefined, problems: Problem[]) {
  if (!extract) return { strings: null, stringsSkipped: 'no salary extractor was given' };
  let content: string;
  try {
    content = await readFile(join(dir, STRINGS_FILE), 'utf8');
  } catch {
    return { strings: null, stringsSkipped: `no readable ${STRINGS_FILE} in the folder` };
  }
  const { report, problems: bad } = evaluateStrings(STRINGS_FILE, content, extract);
  problems.push(...bad);
  return { strings: report, stringsSkipped: null };
}

/**
 * Measures a parser against a labelled folder (format: the corpus README): every
 * `<file>.label.json` with its `<file>`, plus `salary_strings.jsonl` when an extractor is given.
 * Documents are parsed one at a time so timings are honest. Never throws: unreadable files,
 * bad labels and failed parses are listed in `problems`.
 */
export async function runEvaluation(
  dir: string,
  parse: ParseFile,
  extract?: Extract,
): Promise<EvalReport> {
  const started = performance.now();
  const problems: Problem[] = [];
  const { labels, unlabelled, inputError } = await readLabelledFolder(
    dir,
    (base) => base,
    NOT_DOCUMENTS,
    problems,
  );
  const documents: DocumentResult[] = [];
  for (const labelName of labels) {
    const result = await evaluateLabel(dir, labelName, parse, problems);
    if (result) documents.push(result);
  }
  const { strings, stringsSkipped } =
    inputError === null
      ? await evaluateStringsFile(dir, extract, problems)
      : { strings: null, stringsSkipped: 'the folder could not be read' };
  const summary = summarize(documents);
  const groups = summarizeGroups(documents);
  return {
    dir,
    inputError,
    documents,
    groups,
    ...summary,
    strings,
    stringsSkipped,
    targets: checkTargets({ ...summary, strings, groups }),
    problems,
    unlabelled,
    totalMillis: performance.now() - started,
  };
}
