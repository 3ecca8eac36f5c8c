import { expandInputs } from '../node/expand-inputs.ts';
import { parseCommand, USAGE } from './args.ts';
import { formatTable } from './format-table.ts';
import { loadProfile } from './load-profile.ts';
import { type ParseOutcome, parseFile } from './parse-files.ts';

async function runParse(
  cmd: Extract<ReturnType<typeof parseCommand>, { name: 'parse' }>,
): Promise<number> {
  let profile = null;
  if (cmd.profile) {
    const loaded = await loadProfile(cmd.profile);
    if (!loaded.ok) {
      process.stderr.write(`joblens: ${cmd.profile}: ${loaded.error}\n`);
      return 2;
    }
    profile = loaded.profile;
  }
  const inputs = await expandInputs(cmd.inputs);
  const outcomes: ParseOutcome[] = [];
  for (const name of inputs) {
    const outcome = await parseFile(name, { url: cmd.url, profile });
    if ('error' in outcome) process.stderr.write(`joblens: ${name}: ${outcome.error}\n`);
    outcomes.push(outcome);
  }
  process.stdout.write(`${cmd.json ? JSON.stringify(outcomes, null, 2) : formatTable(outcomes)}\n`);
  return outcomes.some((o) => 'error' in o) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const cmd = parseCommand(argv);
  switch (cmd.name) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'error':
      process.stderr.write(`joblens: ${cmd.message}\n${USAGE}\n`);
      return 2;
    case 'parse':
      return runParse(cmd);
    case 'eval': {
      // Loaded on demand: the evaluator is not needed to parse.
      const { runEvalCommand } = await import('./eval-command.ts');
      return runEvalCommand(cmd.mode, cmd.path, cmd.json);
    }
  }
}
