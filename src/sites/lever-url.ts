import { isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const HOSTS = new Set(['jobs.lever.co', 'jobs.eu.lever.co']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !HOSTS.has(url.hostname.toLowerCase())) return null;
  // /{company}/{uuid} and /{company}/{uuid}/apply
  const id = pathParts(url)[1];
  return id && UUID.test(id) ? id.toLowerCase() : null;
}

export const leverUrl: SiteUrl = {
  id: 'lever',
  hosts: [...HOSTS],
  jobIdFromUrl,
  // the UUID's four dashes
  jobGlobs: ['*-*-*-*-*'],
};
