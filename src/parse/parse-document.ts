import { fieldsFromApiJson } from '../page/api-json.ts';
import { jsonOfPreDocument } from '../page/pre-json.ts';
import type { Posting } from '../schema/posting.ts';
import { buildPosting } from './build-posting.ts';
import { describeError, notAPosting } from './empty-posting.ts';
import { extractDocument, pageOrigin } from './extract-document.ts';
import type { ParseEnv } from './parse-env.ts';
import { postingFromApiJson } from './parse-json.ts';

/**
 * The one extraction path for HTML: the CLI and the background (with the HTML the content
 * script sent) pass a linkedom Document, tests a browser's too. Never throws: a page it cannot
 * read is "not a posting" with the reason. A browser's view of a JSON address (one <pre>)
 * is read as that JSON when it is a job in a format JobLens knows.
 */
export function parseDocument(doc: Document, url: string | null, env: ParseEnv): Posting {
  const page = pageOrigin(doc, url);
  try {
    const json = jsonOfPreDocument(doc);
    if (json !== undefined) {
      const api = fieldsFromApiJson(json, env);
      if (api.kind !== 'unknown') return postingFromApiJson(api, page.url);
    }
    return buildPosting(extractDocument(doc, page, env));
  } catch (err) {
    return notAPosting(page.url, `Could not read this page: ${describeError(err)}`);
  }
}
