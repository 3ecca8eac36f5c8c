import { isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || url.hostname.toLowerCase() !== 'jobs.ashbyhq.com') return null;
  // /{company}/{uuid} and /{company}/{uuid}/application
  const id = pathParts(url)[1];
  return id && UUID.test(id) ? id.toLowerCase() : null;
}

export const ashbyUrl: SiteUrl = {
  id: 'ashby',
  hosts: ['jobs.ashbyhq.com'],
  jobIdFromUrl,
  // the UUID's four dashes
  jobGlobs: ['*-*-*-*-*'],
};
