import {
  hostIs,
  hostName,
  isWebUrl,
  param,
  pathParts,
  type SiteUrl,
  type UrlParts,
} from './site-url.ts';

const DOMAIN = 'bamboohr.com';
/** bamboohr.com subdomains that are the vendor's own, not a company's. */
const VENDOR = new Set(['www', 'api', 'app', 'help', 'partners', 'marketplace', 'status']);
const COMPANY = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ID = /^\d{1,9}$/;

/**
 * "{company}.bamboohr.com/careers/{id}" and the older "/jobs/view.php?id={id}". Ids count up
 * per company (a company's 12th opening is 12), so the id carries the company:
 * "{company}_{id}".
 */
function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, DOMAIN)) return null;
  const company = hostName(url).slice(0, -DOMAIN.length - 1);
  if (!COMPANY.test(company) || VENDOR.has(company)) return null;
  const parts = pathParts(url);
  let id: string | undefined;
  // not /careers/list nor /careers/{id}/detail: the JSON the page loads
  if (parts.length === 2 && parts[0] === 'careers') id = parts[1];
  else if (parts.length === 2 && parts[0] === 'jobs' && parts[1] === 'view.php')
    id = param(url, 'id');
  return id && ID.test(id) ? `${company}_${id}` : null;
}

export const bamboohrUrl: SiteUrl = {
  id: 'bamboohr',
  hosts: [`*.${DOMAIN}`],
  jobIdFromUrl,
  jobGlobs: ['*/careers/*', '*/jobs/view.php*'],
};
