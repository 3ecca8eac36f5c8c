import { isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const HOSTS = new Set(['jobs.smartrecruiters.com', 'careers.smartrecruiters.com']);
/** "/{Company}/{743999912345678}-senior-engineer": a long numeric id, then the slug. */
const ID_SLUG = /^(\d{6,20})(?:-|$)/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !HOSTS.has(url.hostname.toLowerCase())) return null;
  const parts = pathParts(url);
  if (parts.length < 2) return null;
  return ID_SLUG.exec(parts[1] ?? '')?.[1] ?? null;
}

export const smartrecruitersUrl: SiteUrl = {
  id: 'smartrecruiters',
  hosts: [...HOSTS],
  jobIdFromUrl,
  // /{company}/{id}-{slug}: a second path part (globs cannot say "digits")
  jobGlobs: ['*smartrecruiters.com/*/*'],
};
