import { hostIs, isWebUrl, param, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

/** SEEK and the sites on its platform (same markup). */
const DOMAINS = ['seek.com.au', 'seek.co.nz', 'jobstreet.com', 'jobsdb.com'];
const ID = /^\d{6,12}$/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !DOMAINS.some((d) => hostIs(url, d))) return null;
  const parts = pathParts(url);
  // /job/{id} (optionally /job/{id}/apply); search pages with a job open carry ?jobId=
  if (parts[0] === 'job' && ID.test(parts[1] ?? '')) return parts[1] as string;
  const open = param(url, 'jobId');
  return ID.test(open) ? open : null;
}

export const seekUrl: SiteUrl = {
  id: 'seek',
  hosts: DOMAINS.map((d) => `*.${d}`),
  jobIdFromUrl,
  jobGlobs: ['*/job/*', '*jobId=*'],
};
