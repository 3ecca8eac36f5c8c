import { parseArgs } from 'node:util';

/** documents: a labelled folder; scale: a JSONL salary set; pages: saved pages with URLs. */
export type EvalMode = 'documents' | 'scale' | 'pages';

export type Command =
  | { name: 'parse'; json: boolean; url: string | null; profile: string | null; inputs: string[] }
  | { name: 'eval'; json: boolean; mode: EvalMode; path: string }
  | { name: 'help' }
  | { name: 'error'; message: string };

export const USAGE = `Usage:
  joblens parse [--json] [--url URL] [--profile FILE] <file|dir|->...
      Parse job postings (.txt/.md as text, .html as a page, .json as JSON-LD or a
      Greenhouse/Lever/Ashby job-board API object; '-' reads standard input).
      --json      print a JSON array, one entry per input, in the order given
      --url       the page's URL (enables site adapters and job ids)
      --profile   a profile file; adds the match score against it
  joblens eval [--json] <labelled-dir>
      Score the parser on a labelled folder (see ../shared/corpus/README.md for the format),
      in total and per file-name prefix group.
  joblens eval [--json] --scale <rows.jsonl>
      Salary recall, invented pay and throughput on a JSONL scale set (weak labels).
  joblens eval [--json] --pages <pages-dir>
      Saved pages (<name>.html + <name>.label.json with its url), each parsed under its URL.
      eval exits 1 when a target is missed, 2 when its input cannot be read.
  joblens help`;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  try {
    if (name === 'parse') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          url: { type: 'string' },
          profile: { type: 'string' },
        },
      });
      if (positionals.length === 0)
        return { name: 'error', message: 'parse needs at least one input' };
      return {
        name: 'parse',
        json: values.json ?? false,
        url: values.url ?? null,
        profile: values.profile ?? null,
        inputs: positionals,
      };
    }
    if (name === 'eval') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          scale: { type: 'string' },
          pages: { type: 'string' },
        },
      });
      const json = values.json ?? false;
      const given = [values.scale, values.pages].filter((v) => v !== undefined).length;
      if (given > 1) return { name: 'error', message: 'eval takes --scale or --pages, not both' };
      if (given === 1 && positionals.length > 0)
        return {
          name: 'error',
          message: `eval --${values.scale ? 'scale' : 'pages'} takes no folder`,
        };
      if (values.scale !== undefined)
        return { name: 'eval', json, mode: 'scale', path: values.scale };
      if (values.pages !== undefined)
        return { name: 'eval', json, mode: 'pages', path: values.pages };
      const [dir] = positionals;
      if (!dir || positionals.length > 1)
        return { name: 'error', message: 'eval needs exactly one folder' };
      return { name: 'eval', json, mode: 'documents', path: dir };
    }
  } catch (err) {
    return { name: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  return { name: 'error', message: `unknown command '${name}'` };
}
