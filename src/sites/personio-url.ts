import { hostName, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

/** Personio's hosted career pages: one subdomain per company, "{company}.jobs.personio.de". */
const DOMAINS = ['jobs.personio.de', 'jobs.personio.com'];
const ID = /^\d{3,10}$/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url)) return null;
  const host = hostName(url);
  const domain = DOMAINS.find((d) => host.endsWith(`.${d}`));
  const company = domain ? host.slice(0, -domain.length - 1) : '';
  if (company === '' || company.includes('.')) return null;
  // /job/{id} (the language is a query parameter); not /job/{id}/apply, the form alone
  const parts = pathParts(url);
  return parts.length === 2 && parts[0] === 'job' && ID.test(parts[1] as string)
    ? (parts[1] as string)
    : null;
}

export const personioUrl: SiteUrl = {
  id: 'personio',
  hosts: DOMAINS.map((d) => `*.${d}`),
  jobIdFromUrl,
  jobGlobs: ['*/job/*'],
};
