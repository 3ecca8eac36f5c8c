import { Posting } from '../schema/posting.ts';
import type { ParseOutcome } from './evaluate-document.ts';

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a parser returned, checked against the Posting schema: an invalid one is a failure. */
export function checkPosting(value: unknown): ParseOutcome {
  const checked = Posting.safeParse(value);
  if (checked.success) return { posting: checked.data };
  const issue = checked.error.issues[0];
  return { error: `invalid Posting at ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
}
