import { hostIs, isWebUrl, param, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const JOB_ID = /(?:^|-)(\d{6,15})$/;

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !hostIs(url, 'linkedin.com')) return null;
  const parts = pathParts(url);
  const jobs = parts.indexOf('jobs');
  if (jobs < 0 || jobs > 1) return null;
  // /jobs/view/{id} or /jobs/view/{title-at-company-id}, also under /comm/
  if (parts[jobs + 1] === 'view') return JOB_ID.exec(parts[jobs + 2] ?? '')?.[1] ?? null;
  // /jobs/search/?currentJobId=..., /jobs/collections/recommended/?currentJobId=...
  const current = param(url, 'currentJobId');
  return /^\d{6,15}$/.test(current) ? current : null;
}

export const linkedinUrl: SiteUrl = {
  id: 'linkedin',
  hosts: ['*.linkedin.com'],
  jobIdFromUrl,
  jobGlobs: ['*/jobs/view/*', '*currentJobId=*'],
};
