import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'icims.com')) return null;
  const host = url.hostname.toLowerCase();
  if (host === 'icims.com' || host === 'www.icims.com') return null;
  // /jobs/{id}/{slug}/job, /jobs/{id}/job?in_iframe=1, /jobs/{id}/login
  const parts = pathParts(url);
  const at = parts.indexOf('jobs');
  const id = at >= 0 ? parts[at + 1] : undefined;
  return id && /^\d{1,10}$/.test(id) ? id : null;
}

export const icimsUrl: SiteUrl = {
  id: 'icims',
  hosts: ['*.icims.com'],
  jobIdFromUrl,
  jobGlobs: ['*/jobs/*'],
};
