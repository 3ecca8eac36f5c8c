import { linkedomEnv } from '../dom/linkedom-env.ts';
import { scoreMatch } from '../match/score.ts';
import { inputFromBuffer, type ReadResult, readInputFile } from '../node/read-input.ts';
import { parseInput } from '../parse/parse-input.ts';
import type { Match } from '../schema/match.ts';
import type { Posting } from '../schema/posting.ts';
import type { Profile } from '../schema/profile.ts';

export type ParseOutcome =
  | { input: string; posting: Posting; match?: Match }
  | { input: string; error: string };

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function read(name: string, url: string | null): Promise<ReadResult> {
  if (name === '-') return inputFromBuffer(await readStdin(), '-', url);
  return readInputFile(name, url);
}

function finish(name: string, read_: ReadResult, profile: Profile | null): ParseOutcome {
  if (!read_.ok) return { input: name, error: read_.error };
  const posting = parseInput(read_.input, linkedomEnv);
  if (!profile) return { input: name, posting };
  return { input: name, posting, match: scoreMatch(profile, posting) };
}

/** Parses one named input; errors become an outcome, never an exception. */
export async function parseFile(
  name: string,
  opts: { url: string | null; profile: Profile | null },
): Promise<ParseOutcome> {
  return finish(name, await read(name, opts.url), opts.profile);
}

/** Bytes already in memory, parsed exactly as a file of that name would be. */
export function parseBuffer(
  buf: Buffer,
  name: string,
  opts: { url: string | null; profile: Profile | null },
): ParseOutcome {
  return finish(name, inputFromBuffer(buf, name, opts.url), opts.profile);
}
