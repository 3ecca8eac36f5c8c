/**
 * The half of the parser the background runs for the content script: a posting from what the
 * page's DOM said (src/parse/extract-document.ts). Plain data in, plain data out: no DOM.
 */
import { type BuildInput, buildPosting } from '../../src/parse/build-posting.ts';
import { describeError, notAPosting } from '../../src/parse/empty-posting.ts';
import type { Posting } from '../../src/schema/posting.ts';

/** Never throws, like parseDocument: a snapshot it cannot build is "not a posting". */
export function postingFromSnapshot(input: BuildInput): Posting {
  try {
    return buildPosting(input);
  } catch (err) {
    return notAPosting(input.url, `Could not read this page: ${describeError(err)}`);
  }
}
