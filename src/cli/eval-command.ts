import { formatEvalReport, runEvaluation } from '../eval/run-evaluation.ts';
import { nodeParseEnv } from '../node/node-env.ts';
import { extractSalaries } from '../salary/extract.ts';
import { normalizeText } from '../text/normalize.ts';
import { parseFile } from './parse-files.ts';

/** `joblens eval DIR`: the parser scored on a labelled folder, as a table or JSON. */
export async function runEvalCommand(dir: string, json: boolean): Promise<number> {
  void nodeParseEnv;
  const report = await runEvaluation(
    dir,
    async (file) => {
      const outcome = await parseFile(file, { url: null, profile: null });
      if ('error' in outcome) throw new Error(outcome.error);
      return outcome.posting;
    },
    (text) => extractSalaries(normalizeText(text)),
  );
  process.stdout.write(`${json ? JSON.stringify(report, null, 2) : formatEvalReport(report)}\n`);
  return 0;
}
