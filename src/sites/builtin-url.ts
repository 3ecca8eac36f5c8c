import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const ID = /^\d{3,12}$/;

function jobIdFromUrl(url: UrlParts): string | null {
  // The city sites (builtinnyc.com, builtinchicago.org, …) now redirect here.
  if (!isWebUrl(url) || !hostIs(url, 'builtin.com')) return null;
  const parts = pathParts(url);
  // /job/{slug}/{id}, and the older /job/{category}/{slug}/{id}
  if (parts[0] !== 'job' || parts.length < 3 || parts.length > 4) return null;
  const id = parts[parts.length - 1] ?? '';
  return ID.test(id) ? id : null;
}

export const builtinUrl: SiteUrl = {
  id: 'builtin',
  hosts: ['*.builtin.com'],
  jobIdFromUrl,
  jobGlobs: ['*/job/*'],
};
