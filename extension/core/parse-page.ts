/**
 * The parser as the background runs it for the content script: the page's HTML, as the page
 * serialized it, through the CLI's own path (linkedom, then src/parse/parse-input.ts), so the
 * extension's postings are the ones the corpus figures measure.
 */
import { linkedomEnv } from '../../src/dom/linkedom-env.ts';
import { describeError, notAPosting } from '../../src/parse/empty-posting.ts';
import { type DocumentRead, readDocument } from '../../src/parse/parse-document.ts';
import type { Posting } from '../../src/schema/posting.ts';
import { jobKey } from '../../src/sites/job-identity.ts';

export interface ParsedPage {
  /** The job's key (null: not a posting). */
  key: string | null;
  posting: Posting;
  /** The site's adapter says the job has not rendered yet (PageFields.pending): watch it. */
  pending: boolean;
}

/** Never throws: a page it cannot read is "not a posting" with the reason. */
export function parsePageHtml(url: string, html: string, cutAt: number | null): ParsedPage {
  let read: DocumentRead;
  try {
    read = readDocument(linkedomEnv.parseHtml(html), url, linkedomEnv);
  } catch (err) {
    read = {
      posting: notAPosting(url, `Could not read this input: ${describeError(err)}`),
      pending: false,
    };
  }
  const parsed = read.posting;
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
  const key = posting.isPosting ? jobKey(url, posting.site, posting.jobId) : null;
  return { key, posting, pending: key !== null && read.pending };
}
