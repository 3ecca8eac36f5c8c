import type { PageFields } from '../../src/page/page-fields.ts';
import type { PageSnapshot } from '../../src/parse/build-posting.ts';
import { MAX_DESCRIPTION_CHARS } from '../../src/text/bound.ts';

/**
 * Bounds of a page snapshot (what the content script read from the DOM, built into a posting
 * by the background). The background's schema (snapshot.ts) refuses anything larger; the
 * content script cuts to them first, so a huge page is read as far as the parser would read
 * it anyway (descriptions: twice MAX_DESCRIPTION_CHARS, as the page-text fallback) rather
 * than refused. Zod-free: the content script bundles this file.
 */
export const SNAPSHOT_LIMITS = {
  text: 2 * MAX_DESCRIPTION_CHARS,
  field: 10_000,
  list: 100,
  sources: 10,
} as const;

const L = SNAPSHOT_LIMITS;

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const field = <T extends string | null | undefined>(s: T): T =>
  (typeof s === 'string' ? cut(s, L.field) : s) as T;
const text = <T extends string | null | undefined>(s: T): T =>
  (typeof s === 'string' ? cut(s, L.text) : s) as T;
const list = <T>(xs: T[] | undefined, each: (x: T) => T): T[] | undefined =>
  xs?.slice(0, L.list).map(each);

function boundFields(f: PageFields): PageFields {
  const out: PageFields = { ...f };
  if ('title' in f) out.title = field(f.title);
  if ('company' in f) out.company = field(f.company);
  if ('jobId' in f) out.jobId = field(f.jobId);
  if ('descriptionText' in f) out.descriptionText = text(f.descriptionText);
  if (f.locations) out.locations = list(f.locations, field);
  if (f.reasons) out.reasons = list(f.reasons, field);
  if (f.structuredSalary) out.structuredSalary = f.structuredSalary.slice(0, L.list);
  if (f.salaryBlocks)
    out.salaryBlocks = list(f.salaryBlocks, (b) => ({
      text: field(b.text),
      location: field(b.location),
    }));
  return out;
}

/** The snapshot cut to SNAPSHOT_LIMITS (usually unchanged). */
export function boundSnapshot(input: PageSnapshot): PageSnapshot {
  return {
    ...input,
    url: input.url === null ? null : cut(input.url, 8192),
    sources: input.sources.slice(0, L.sources).map(boundFields),
    fallbackText: text(input.fallbackText),
    fallbackTitle: field(input.fallbackTitle),
    fallbackCompany: field(input.fallbackCompany),
    adapterId: field(input.adapterId),
  };
}
