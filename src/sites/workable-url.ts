import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const SHORTCODE = /^[0-9A-F]{6,16}$/i;
/** workable.com subdomains that are the vendor's own site, not a company's job board. */
const VENDOR = new Set(['www', 'apply', 'help', 'resources', 'jobs', 'careers-page', 'app']);

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'workable.com')) return null;
  const host = url.hostname.toLowerCase();
  const parts = pathParts(url);
  // apply.workable.com/{company}/j/{SHORTCODE}(/apply)
  if (host === 'apply.workable.com') {
    return parts[1] === 'j' && SHORTCODE.test(parts[2] ?? '')
      ? (parts[2] as string).toUpperCase()
      : null;
  }
  const sub = host.slice(0, -'.workable.com'.length);
  if (sub === '' || sub.includes('.') || VENDOR.has(sub)) return null;
  // {company}.workable.com/jobs/{id} and {company}.workable.com/j/{SHORTCODE}
  if (parts[0] === 'jobs' && /^\d{3,12}$/.test(parts[1] ?? '')) return parts[1] as string;
  if (parts[0] === 'j' && SHORTCODE.test(parts[1] ?? '')) return (parts[1] as string).toUpperCase();
  return null;
}

export const workableUrl: SiteUrl = {
  id: 'workable',
  hosts: ['*.workable.com'],
  jobIdFromUrl,
  jobGlobs: ['*/j/*', '*/jobs/*'],
};
