import { titleFromText } from '../detect/fields-from-text.ts';
import { fieldsFromApiJson } from '../page/api-json.ts';
import type { Posting } from '../schema/posting.ts';
import { adapterFor } from '../sites/registry.ts';
import { MAX_DESCRIPTION_CHARS } from '../text/bound.ts';
import { normalizeText } from '../text/normalize.ts';
import { buildPosting } from './build-posting.ts';
import { safeUrl } from './document-meta.ts';
import { describeError, notAPosting } from './empty-posting.ts';
import { parseDocument } from './parse-document.ts';
import type { ParseEnv } from './parse-env.ts';
import { postingFromApiJson } from './parse-json.ts';

/** A page as the CLI or a test hands it over: HTML, plain text (or Markdown), or JSON. */
export type PageInput =
  | { kind: 'html'; html: string; url: string | null }
  | { kind: 'text'; text: string; url: string | null }
  | { kind: 'json'; value: unknown; url: string | null };

function parseText(text: string, url: string | null): Posting {
  // Normalizing never lengthens text, so a generous prefix is all the builder will read.
  const head =
    text.length > 4 * MAX_DESCRIPTION_CHARS ? text.slice(0, 4 * MAX_DESCRIPTION_CHARS) : text;
  const clean = normalizeText(head);
  const u = safeUrl(url);
  const adapter = u ? adapterFor(u) : null;
  return buildPosting({
    url,
    sources: adapter && u ? [{ source: 'text', jobId: adapter.jobIdFromUrl(u) }] : [],
    fallbackText: clean,
    fallbackTitle: () => titleFromText(clean),
    adapterId: adapter?.id ?? null,
    hasJobPostingJsonLd: false,
  });
}

/** Parses any supported input. Never throws. */
export function parseInput(input: PageInput, env: ParseEnv): Posting {
  try {
    switch (input.kind) {
      case 'html':
        return parseDocument(env.parseHtml(input.html), input.url, env);
      case 'text':
        return parseText(input.text, input.url);
      case 'json':
        return postingFromApiJson(fieldsFromApiJson(input.value, env), input.url);
    }
  } catch (err) {
    return notAPosting(input.url, `Could not read this input: ${describeError(err)}`);
  }
}
