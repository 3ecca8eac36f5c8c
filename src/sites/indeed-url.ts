import { hostIs, isWebUrl, param, type SiteUrl, type UrlParts } from './site-url.ts';

const JK = /^[0-9a-f]{8,24}$/i;
/** Indeed's own services that are not job pages. */
const NOT_JOBS =
  /^(?:secure|employers|profile|account|smartapply|apply|myjobs|messages|resumes?)\./i;
/**
 * Paths that show one job (viewjob, m/viewjob, rc/clk) or a search or company list with one
 * job open (jobs, q-…-jobs.html, cmp/{company}/jobs). Elsewhere (career advice, salaries,
 * reviews) a jk= parameter is a link's leftover, not the page's job.
 */
const JOB_PATH =
  /^\/(?:m\/)?(?:viewjob|rc\/clk|jobs|q-[^/]{1,200}-jobs\.html|cmp\/[^/]{1,200}\/jobs)\/?$/i;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'indeed.com') || NOT_JOBS.test(url.hostname)) return null;
  if (!JOB_PATH.test(url.pathname)) return null;
  // viewjob?jk=, rc/clk?jk=, m/viewjob?jk=; search pages with a job open carry vjk=
  for (const key of ['jk', 'vjk']) {
    const v = param(url, key);
    if (JK.test(v)) return v.toLowerCase();
  }
  return null;
}

export const indeedUrl: SiteUrl = {
  id: 'indeed',
  hosts: ['*.indeed.com'],
  jobIdFromUrl,
  // jk= and a search's vjk=
  jobGlobs: ['*jk=*'],
};
