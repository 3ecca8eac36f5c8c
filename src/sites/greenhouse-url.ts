import { isWebUrl, param, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

const BOARD_HOSTS = new Set([
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'boards.eu.greenhouse.io',
  'job-boards.eu.greenhouse.io',
]);
const NUMERIC_ID = /^\d{4,20}$/;

function boardJobId(url: UrlParts): string | null {
  if (!BOARD_HOSTS.has(url.hostname.toLowerCase())) return null;
  const parts = pathParts(url);
  // /embed/job_app?for=co&token=123
  if (parts[0] === 'embed' && parts[1] === 'job_app') {
    const token = param(url, 'token');
    return NUMERIC_ID.test(token) ? token : null;
  }
  // /{company}/jobs/{id}
  const i = parts.indexOf('jobs');
  const id = i >= 1 ? parts[i + 1] : undefined;
  return id && NUMERIC_ID.test(id) ? id : null;
}

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url)) return null;
  const fromBoard = boardJobId(url);
  if (fromBoard) return fromBoard;
  // Company career sites that embed a Greenhouse job: ?gh_jid=123 on any host.
  const gh = param(url, 'gh_jid');
  return NUMERIC_ID.test(gh) ? gh : null;
}

export const greenhouseUrl: SiteUrl = {
  id: 'greenhouse',
  hosts: [...BOARD_HOSTS],
  anyHostParam: 'gh_jid',
  jobIdFromUrl,
  jobGlobs: ['*/jobs/*', '*/embed/job_app*', '*gh_jid=*'],
};
