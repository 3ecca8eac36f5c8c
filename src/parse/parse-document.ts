import { fieldsFromApiJson } from '../page/api-json.ts';
import { jsonOfPreDocument } from '../page/pre-json.ts';
import type { Posting } from '../schema/posting.ts';
import { buildPosting } from './build-posting.ts';
import { describeError, notAPosting } from './empty-posting.ts';
import { extractDocument, pageOrigin } from './extract-document.ts';
import type { ParseEnv } from './parse-env.ts';
import { postingFromApiJson } from './parse-json.ts';

/** A page read: the posting, and whether its site says the job has not rendered yet. */
export interface DocumentRead {
  posting: Posting;
  /** A site adapter found the page still a shell (PageFields.pending): watch it. */
  pending: boolean;
}

/**
 * The one extraction path for HTML: the CLI and the background (with the HTML the content
 * script sent) pass a linkedom Document, tests a browser's too. Never throws: a page it cannot
 * read is "not a posting" with the reason. A browser's view of a JSON address (one <pre>)
 * is read as that JSON when it is a job in a format JobLens knows.
 */
export function readDocument(doc: Document, url: string | null, env: ParseEnv): DocumentRead {
  const page = pageOrigin(doc, url);
  try {
    const json = jsonOfPreDocument(doc);
    if (json !== undefined) {
      const api = fieldsFromApiJson(json, env);
      if (api.kind !== 'unknown')
        return { posting: postingFromApiJson(api, page.url), pending: false };
    }
    const input = extractDocument(doc, page, env);
    return {
      posting: buildPosting(input),
      pending: input.sources.some((s) => s.pending === true),
    };
  } catch (err) {
    return {
      posting: notAPosting(page.url, `Could not read this page: ${describeError(err)}`),
      pending: false,
    };
  }
}

/** readDocument's posting. */
export function parseDocument(doc: Document, url: string | null, env: ParseEnv): Posting {
  return readDocument(doc, url, env).posting;
}
