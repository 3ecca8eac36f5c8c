import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Posting } from '../schema/posting.ts';
import { checkPosting, errorMessage as message } from './check-posting.ts';
import type { ParseOutcome } from './evaluate-document.ts';
import { evaluatePage } from './evaluate-page.ts';
import { PageLabel, parseJsonAs } from './label.ts';
import { LABEL_SUFFIX, readLabelledFolder } from './labelled-folder.ts';
import { ratio } from './ratio.ts';
import type { PageResult, PagesReport, Problem } from './report-types.ts';
import { atLeast, TARGETS } from './targets.ts';

/** A saved page parsed under its real URL, as `joblens parse --url URL page.html` would. */
export type ParsePage = (file: string, url: string) => Promise<Posting>;

export const PAGE_EXT = '.html';
const FOLDER_NOTES = new Set(['README.md']);

async function parseOne(parse: ParsePage, path: string, url: string): Promise<ParseOutcome> {
  try {
    return checkPosting(await parse(path, url));
  } catch (error) {
    return { error: message(error) };
  }
}

async function evaluateLabel(
  dir: string,
  labelName: string,
  parse: ParsePage,
  problems: Problem[],
): Promise<PageResult | null> {
  const file = `${labelName.slice(0, -LABEL_SUFFIX.length)}${PAGE_EXT}`;
  let labelText: string;
  try {
    labelText = await readFile(join(dir, labelName), 'utf8');
  } catch (error) {
    problems.push({ file: labelName, message: `unreadable label: ${message(error)}` });
    return null;
  }
  const label = parseJsonAs(PageLabel, labelText);
  if (!label.ok) {
    problems.push({ file: labelName, message: `bad page label: ${label.message}` });
    return null;
  }
  try {
    if (!(await stat(join(dir, file))).isFile()) throw new Error('not a file');
  } catch (error) {
    problems.push({ file, message: `labelled page is missing or unreadable: ${message(error)}` });
    return null;
  }
  const started = performance.now();
  const outcome = await parseOne(parse, join(dir, file), label.value.url);
  const millis = performance.now() - started;
  if ('error' in outcome) problems.push({ file, message: `parse failed: ${outcome.error}` });
  return evaluatePage(file, label.value, outcome, millis);
}

const count = (pages: readonly PageResult[], test: (p: PageResult) => boolean) =>
  pages.reduce((n, p) => (test(p) ? n + 1 : n), 0);

/**
 * Measures the parser on saved real pages (format: the realpages README): each
 * `<name>.label.json` with its `<name>.html`, parsed under the label's URL. Pages are parsed one
 * at a time so timings are honest. Never throws: problems are listed.
 */
export async function runPages(dir: string, parse: ParsePage): Promise<PagesReport> {
  const started = performance.now();
  const problems: Problem[] = [];
  const { labels, unlabelled, inputError } = await readLabelledFolder(
    dir,
    (base) => `${base}${PAGE_EXT}`,
    FOLDER_NOTES,
    problems,
  );
  const pages: PageResult[] = [];
  for (const labelName of labels) {
    const result = await evaluateLabel(dir, labelName, parse, problems);
    if (result) pages.push(result);
  }
  const detected = ratio(
    count(pages, (p) => p.detected === p.isPosting),
    pages.length,
  );
  const salary = ratio(
    count(pages, (p) => p.salaryRight),
    pages.length,
  );
  const skills = ratio(
    pages.reduce((n, p) => n + p.skillsFound, 0),
    pages.reduce((n, p) => n + p.skillsTotal, 0),
  );
  const withSkills = pages.filter((p) => p.skillsTotal > 0);
  return {
    dir,
    inputError,
    pages,
    detected,
    salary,
    skills,
    pagesWithAllSkills: ratio(
      count(withSkills, (p) => p.skillsFound === p.skillsTotal),
      withSkills.length,
    ),
    targets: [
      atLeast('Pages: detected as labelled', detected, TARGETS.pagesRight),
      atLeast('Pages: salary exactly right', salary, TARGETS.pagesRight),
      atLeast('Pages: must-find skills found', skills, TARGETS.pagesRight),
    ],
    problems,
    unlabelled,
    totalMillis: performance.now() - started,
  };
}
