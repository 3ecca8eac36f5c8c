import { hostIs, hostName, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const DOMAIN = 'teamtailor.com';
/** teamtailor.com subdomains that are the vendor's own, not a company's career site. */
const VENDOR = new Set(['www', 'app', 'api', 'support', 'status', 'partners', 'developer', 'docs']);
/** "{company}.teamtailor.com", or in a hosting region: "{company}.na.teamtailor.com". */
const COMPANY_HOST = /^([a-z0-9-]{1,63})(?:\.[a-z]{2})?$/;
/** A career site in several languages puts the language first: "/sv/jobs/…". */
const LANGUAGE = /^[a-z]{2}(?:-[a-z]{2})?$/i;
/** "8090473-senior-data-engineer": the id, then the slug. */
const ID_SLUG = /^(\d{3,10})(?:-|$)/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, DOMAIN)) return null;
  const host = hostName(url);
  const company = COMPANY_HOST.exec(host.slice(0, -DOMAIN.length - 1))?.[1];
  if (!company || VENDOR.has(company)) return null;
  const parts = pathParts(url);
  if (LANGUAGE.test(parts[0] ?? '') && parts[1] === 'jobs') parts.shift();
  // /jobs/{id}-{slug}; not the board (/jobs) nor the application form under a job
  if (parts.length !== 2 || parts[0] !== 'jobs') return null;
  return ID_SLUG.exec(parts[1] as string)?.[1] ?? null;
}

export const teamtailorUrl: SiteUrl = {
  id: 'teamtailor',
  hosts: [`*.${DOMAIN}`],
  jobIdFromUrl,
  jobGlobs: ['*/jobs/*'],
};
