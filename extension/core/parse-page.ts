/**
 * The parser as the background runs it for the content script: the page's HTML, as the page
 * serialized it, through the CLI's own path (linkedom, then src/parse/parse-input.ts), so the
 * extension's postings are the ones the corpus figures measure.
 */
import { linkedomEnv } from '../../src/dom/linkedom-env.ts';
import { parseInput } from '../../src/parse/parse-input.ts';
import type { Posting } from '../../src/schema/posting.ts';
import { jobKey } from '../../src/sites/job-identity.ts';

export interface ParsedPage {
  /** The job's key (null: not a posting). */
  key: string | null;
  posting: Posting;
}

/** Never throws: a page it cannot read is "not a posting" with the reason. */
export function parsePageHtml(url: string, html: string, cutAt: number | null): ParsedPage {
  const parsed = parseInput({ kind: 'html', html, url }, linkedomEnv);
  const posting: Posting =
    cutAt === null
      ? parsed
      : {
          ...parsed,
          reasons: [
            ...parsed.reasons,
            `The page is longer than ${cutAt.toLocaleString('en-US')} characters: JobLens read that much of it.`,
          ],
        };
  return { key: posting.isPosting ? jobKey(url, posting.site, posting.jobId) : null, posting };
}
