import { hostIs, hostName, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const DOMAIN = 'recruitee.com';
/** recruitee.com subdomains that are the vendor's own, not a company's career site. */
const VENDOR = new Set(['www', 'app', 'api', 'support', 'help', 'blog', 'docs', 'status']);
const COMPANY = /^[a-z0-9][a-z0-9-]{0,62}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/i;
const LANGUAGE = /^[a-z]{2}(?:-[a-z]{2})?$/i;

/**
 * "{company}.recruitee.com/o/{slug}", or "/l/{language}/o/{slug}". The slug names the job only
 * within its company ("customer-support" is on many sites), so the id carries both:
 * "{company}_{slug}" ("_" is in neither).
 */
function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, DOMAIN)) return null;
  const company = hostName(url).slice(0, -DOMAIN.length - 1);
  if (!COMPANY.test(company) || VENDOR.has(company)) return null;
  const parts = pathParts(url);
  if (parts[0] === 'l' && LANGUAGE.test(parts[1] ?? '')) parts.splice(0, 2);
  // not /o/{slug}/c/new, the application form alone
  if (parts.length !== 2 || parts[0] !== 'o' || !SLUG.test(parts[1] as string)) return null;
  return `${company}_${(parts[1] as string).toLowerCase()}`;
}

export const recruiteeUrl: SiteUrl = {
  id: 'recruitee',
  hosts: [`*.${DOMAIN}`],
  jobIdFromUrl,
  jobGlobs: ['*/o/*'],
};
