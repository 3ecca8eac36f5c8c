import { fieldsFromApiJson } from '../page/api-json.ts';
import { elementText, mainContentRoot } from '../page/document-text.ts';
import type { HtmlEnv } from '../page/html-text.ts';
import { fieldsFromJobPosting, jobPostingsFromJsonLd } from '../page/json-ld.ts';
import type { PageFields } from '../page/page-fields.ts';
import { jsonOfPreDocument } from '../page/pre-json.ts';
import { safeUrl, urlFromDocument } from '../parse/document-meta.ts';
import type { PageInput } from '../parse/parse-input.ts';
import { adapterFor } from '../sites/registry.ts';
import { normalizeText } from '../text/normalize.ts';
import type { Provenance } from './invariants.ts';

/** The texts and structured salaries a set of sources hands the parser. */
function fromFields(fields: readonly PageFields[], extraTexts: string[]): Provenance {
  const texts = [...extraTexts];
  for (const f of fields) {
    if (f.descriptionText) texts.push(f.descriptionText);
    for (const b of f.salaryBlocks ?? []) texts.push(b.text);
  }
  return { texts, raws: fields.flatMap((f) => f.structuredSalary ?? []) };
}

/**
 * Everything the parser could have read from this page: the generic page text, the JSON-LD
 * posting and the site adapter's fields. Output text must trace back to one of them.
 */
export function provenanceOfDocument(doc: Document, url: string | null, env: HtmlEnv): Provenance {
  const u = safeUrl(url || urlFromDocument(doc));
  const adapter = u ? adapterFor(u) : null;
  const fields: PageFields[] = [];
  // A browser's view of a JSON address is read as that JSON (parseDocument).
  const json = jsonOfPreDocument(doc);
  const api = json === undefined ? null : fieldsFromApiJson(json, env).fields;
  if (api) fields.push(api);
  const ld = jobPostingsFromJsonLd(doc);
  if (ld[0]) fields.push(fieldsFromJobPosting(ld[0], env));
  if (adapter && u) fields.push(adapter.extract(doc, u, env));
  return fromFields(fields, [elementText(mainContentRoot(doc))]);
}

export function provenanceOfInput(input: PageInput, env: HtmlEnv): Provenance {
  switch (input.kind) {
    case 'text':
      return { texts: [normalizeText(input.text)], raws: [] };
    case 'html':
      return provenanceOfDocument(env.parseHtml(input.html), input.url, env);
    case 'json': {
      const { fields } = fieldsFromApiJson(input.value, env);
      return fromFields(fields ? [fields] : [], []);
    }
  }
}
