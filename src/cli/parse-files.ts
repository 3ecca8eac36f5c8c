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

/** Parses one named input; errors become an outcome, never an exception. */
export async function parseFile(
  name: string,
  opts: { url: string | null; profile: Profile | null },
): Promise<ParseOutcome> {
  const read_ = await read(name, opts.url);
  if (!read_.ok) return { input: name, error: read_.error };
  const posting = parseInput(read_.input, linkedomEnv);
  if (!opts.profile) return { input: name, posting };
  return { input: name, posting, match: scoreMatch(opts.profile, posting) };
}
