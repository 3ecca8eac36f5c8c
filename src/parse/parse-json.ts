import type { ApiJsonResult } from '../page/api-json.ts';
import type { Posting } from '../schema/posting.ts';
import { buildPosting } from './build-posting.ts';
import { notAPosting } from './empty-posting.ts';

/** A posting from a recognised JSON value: an ATS's job answer, a JobPosting, a résumé. */
export function postingFromApiJson({ kind, fields }: ApiJsonResult, url: string | null): Posting {
  if (kind === 'resume') return notAPosting(url, 'This is a résumé, not a job posting.');
  if (!fields)
    return notAPosting(url, 'This JSON is not a job posting in any format JobLens reads.');
  return buildPosting({
    url,
    sources: [fields],
    fallbackText: '',
    fallbackTitle: null,
    adapterId: kind === 'json-ld' ? null : kind,
    hasJobPostingJsonLd: kind === 'json-ld',
  });
}
