import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'dice.com')) return null;
  const parts = pathParts(url);
  // /job-detail/{uuid}; search results link there (no job pane on the search page)
  if (parts[0] !== 'job-detail' || parts.length !== 2) return null;
  return UUID.test(parts[1] ?? '') ? (parts[1] as string).toLowerCase() : null;
}

export const diceUrl: SiteUrl = {
  id: 'dice',
  hosts: ['*.dice.com'],
  jobIdFromUrl,
  jobGlobs: ['*/job-detail/*'],
};
