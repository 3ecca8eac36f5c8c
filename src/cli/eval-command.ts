import { evalReportToJson, formatEvalReport, runEvaluation } from '../eval/run-evaluation.ts';
import { extractSalaries } from '../salary/extract.ts';
import { normalizeText } from '../text/normalize.ts';
import { parseFile } from './parse-files.ts';

/** `joblens eval DIR`: the parser scored on a labelled folder, as a table or JSON. */
export async function runEvalCommand(dir: string, json: boolean): Promise<number> {
  const report = await runEvaluation(
    dir,
    async (file) => {
      const outcome = await parseFile(file, { url: null, profile: null });
      if ('error' in outcome) throw new Error(outcome.error);
      return outcome.posting;
    },
    (text) => extractSalaries(normalizeText(text)),
  );
  process.stdout.write(`${json ? evalReportToJson(report) : formatEvalReport(report)}\n`);
  // A missed target fails the command, so CI or a script can gate on it.
  return report.targets.some((t) => t.met === false) ? 1 : 0;
}
