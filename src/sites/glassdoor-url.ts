import { hostIs, isWebUrl, param, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

/** Glassdoor and its country sites (same markup, same paths). */
const DOMAINS = [
  'glassdoor.com',
  'glassdoor.co.uk',
  'glassdoor.ie',
  'glassdoor.ca',
  'glassdoor.com.au',
  'glassdoor.co.nz',
  'glassdoor.co.in',
  'glassdoor.sg',
  'glassdoor.com.hk',
  'glassdoor.de',
  'glassdoor.at',
  'glassdoor.ch',
  'glassdoor.fr',
  'glassdoor.be',
  'glassdoor.nl',
  'glassdoor.es',
  'glassdoor.it',
  'glassdoor.com.br',
  'glassdoor.com.mx',
  'glassdoor.com.ar',
];
/**
 * First path segments that show one job: the job page (/job-listing/…-JV_….htm?jl=) and the
 * job search, whose name the country sites translate, with a job open in its pane (?jl=).
 * Elsewhere (reviews, salaries, interviews) a jl= is a link's leftover.
 */
const JOB_PATHS = new Set([
  'job-listing',
  'Job',
  'Jobs',
  'Stellen',
  'Emploi',
  'Empleo',
  'Lavoro',
  'Vacature',
  'Vaga',
]);
const ID = /^\d{6,20}$/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !DOMAINS.some((d) => hostIs(url, d))) return null;
  const parts = pathParts(url);
  if (!JOB_PATHS.has(parts[0] ?? '') || !/\.htm$/i.test(parts[parts.length - 1] ?? '')) return null;
  for (const key of ['jl', 'jobListingId']) {
    const v = param(url, key);
    if (ID.test(v)) return v;
  }
  return null;
}

export const glassdoorUrl: SiteUrl = {
  id: 'glassdoor',
  hosts: DOMAINS.map((d) => `*.${d}`),
  jobIdFromUrl,
  jobGlobs: ['*jl=*', '*jobListingId=*'],
};
