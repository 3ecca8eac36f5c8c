import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

/** acme.wd5.myworkdayjobs.com, acme.myworkdayjobs.com (wd1..wd12 and unnumbered). */
const HOST = /^[a-z0-9-]+(?:\.wd(?:[1-9]|1[0-2]))?\.myworkdayjobs\.com$/;
/** "Senior-Engineer_R-12345" and "Senior-Engineer_JR100234-1": the id follows the last "_". */
const SLUG_ID = /_([A-Za-z0-9][A-Za-z0-9-]{1,40})$/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'myworkdayjobs.com')) return null;
  if (!HOST.test(url.hostname.toLowerCase())) return null;
  const parts = pathParts(url);
  const at = parts.findIndex((p) => p === 'job' || p === 'details');
  if (at < 0 || at === parts.length - 1) return null;
  const slug =
    parts[parts.length - 1] === 'apply' ? parts[parts.length - 2] : parts[parts.length - 1];
  if (!slug) return null;
  return SLUG_ID.exec(slug)?.[1] ?? slug;
}

export const workdayUrl: SiteUrl = {
  id: 'workday',
  hosts: ['*.myworkdayjobs.com'],
  jobIdFromUrl,
  jobGlobs: ['*/job/*', '*/details/*'],
};
