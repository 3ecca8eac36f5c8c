import { formatPagesReport } from '../eval/format-pages-report.ts';
import { formatScaleReport } from '../eval/format-scale-report.ts';
import type { Problem, TargetCheck } from '../eval/report-types.ts';
import { evalReportToJson, formatEvalReport, runEvaluation } from '../eval/run-evaluation.ts';
import { runPages } from '../eval/run-pages.ts';
import { runScale } from '../eval/run-scale.ts';
import { extractSalaries } from '../salary/extract.ts';
import type { Posting } from '../schema/posting.ts';
import { normalizeText } from '../text/normalize.ts';
import type { EvalMode } from './args.ts';
import { type ParseOutcome, parseBuffer, parseFile } from './parse-files.ts';

interface Scored {
  inputError: string | null;
  targets: TargetCheck[];
  problems: Problem[];
}

function postingOf(outcome: ParseOutcome): Posting {
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.posting;
}

async function evaluate(mode: EvalMode, path: string): Promise<{ report: Scored; text: string }> {
  if (mode === 'scale') {
    // A row's text is read as a .txt file's content is: the same reader, the same parse.
    const report = await runScale(path, (text) =>
      postingOf(parseBuffer(Buffer.from(text, 'utf8'), 'row.txt', { url: null, profile: null })),
    );
    return { report, text: formatScaleReport(report) };
  }
  if (mode === 'pages') {
    // Each page under its label's URL, as `joblens parse --url URL page.html` reads it.
    const report = await runPages(path, async (file, url) =>
      postingOf(await parseFile(file, { url, profile: null })),
    );
    return { report, text: formatPagesReport(report) };
  }
  const report = await runEvaluation(
    path,
    async (file) => postingOf(await parseFile(file, { url: null, profile: null })),
    (text) => extractSalaries(normalizeText(text)),
  );
  return { report, text: formatEvalReport(report) };
}

/**
 * `joblens eval`: the parser scored on a labelled folder, a scale set or saved pages, as a
 * report or JSON. A missed target fails the command (exit 1), so CI or a script can gate on it;
 * an input that cannot be read at all exits 2, since nothing was measured.
 */
export async function runEvalCommand(mode: EvalMode, path: string, json: boolean): Promise<number> {
  const { report, text } = await evaluate(mode, path);
  process.stdout.write(`${json ? evalReportToJson(report) : text}\n`);
  if (report.inputError !== null) {
    process.stderr.write(`joblens: ${path}: ${report.inputError}\n`);
    return 2;
  }
  return report.targets.some((t) => t.met === false) ? 1 : 0;
}
