import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

/** "/jobs/3012345-backend-engineer": the listing's number, then its slug. */
const ID_SLUG = /^(\d{4,12})(?:-|$)/;

function jobIdFromUrl(url: UrlParts): string | null {
  // angel.co's job links answer with a redirect here: only wellfound.com shows a job.
  if (!isWebUrl(url) || !hostIs(url, 'wellfound.com')) return null;
  const parts = pathParts(url);
  // /jobs/{id}-{slug} and /company/{company}/jobs/{id}-{slug}
  const at = parts[0] === 'jobs' ? 1 : parts[0] === 'company' && parts[2] === 'jobs' ? 3 : -1;
  if (at < 0 || parts.length !== at + 1) return null;
  return ID_SLUG.exec(parts[at] ?? '')?.[1] ?? null;
}

export const wellfoundUrl: SiteUrl = {
  id: 'wellfound',
  hosts: ['*.wellfound.com'],
  jobIdFromUrl,
  jobGlobs: ['*/jobs/*'],
};
