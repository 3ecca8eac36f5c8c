import { ashbyUrl } from './ashby-url.ts';
import { bamboohrUrl } from './bamboohr-url.ts';
import { builtinUrl } from './builtin-url.ts';
import { diceUrl } from './dice-url.ts';
import { glassdoorUrl } from './glassdoor-url.ts';
import { greenhouseUrl } from './greenhouse-url.ts';
import { icimsUrl } from './icims-url.ts';
import { indeedUrl } from './indeed-url.ts';
import { leverUrl } from './lever-url.ts';
import { linkedinUrl } from './linkedin-url.ts';
import { personioUrl } from './personio-url.ts';
import { recruiteeUrl } from './recruitee-url.ts';
import { seekUrl } from './seek-url.ts';
import { hostName, onHosts, type SiteUrl, type UrlParts } from './site-url.ts';
import { smartrecruitersUrl } from './smartrecruiters-url.ts';
import { stepstoneUrl } from './stepstone-url.ts';
import { teamtailorUrl } from './teamtailor-url.ts';
import { wellfoundUrl } from './wellfound-url.ts';
import { workableUrl } from './workable-url.ts';
import { workdayUrl } from './workday-url.ts';
import { ziprecruiterUrl } from './ziprecruiter-url.ts';

/**
 * Every supported site's job URLs, in the order of SITE_ADAPTERS (registry.ts, which builds
 * each adapter on these). URL code only: the always-loaded content script bundles this file.
 */
export const SITE_URLS: readonly SiteUrl[] = [
  linkedinUrl,
  indeedUrl,
  greenhouseUrl,
  leverUrl,
  workdayUrl,
  ashbyUrl,
  smartrecruitersUrl,
  workableUrl,
  icimsUrl,
  seekUrl,
  // Job boards (issue 21)
  glassdoorUrl,
  ziprecruiterUrl,
  diceUrl,
  wellfoundUrl,
  builtinUrl,
  // issue 21, second batch
  stepstoneUrl,
  personioUrl,
  teamtailorUrl,
  recruiteeUrl,
  bamboohrUrl,
];

/**
 * The site whose job URLs include this one, or null. Never throws. Only the sites on this
 * host (or whose any-host parameter the query carries) are asked: every matched page runs
 * this, and each site's test costs a page a compile the first time it runs.
 */
export function siteForUrl(url: UrlParts): SiteUrl | null {
  const host = hostName(url);
  for (const site of SITE_URLS) {
    const param = site.anyHostParam;
    if (!onHosts(host, site.hosts) && !(param !== undefined && url.search.includes(`${param}=`)))
      continue;
    try {
      if (site.jobIdFromUrl(url) !== null) return site;
    } catch {
      // a broken matcher must not hide the others
    }
  }
  return null;
}

/**
 * A supported site's host (SiteUrl.hosts): its URL modules know every job URL here, and the
 * manifest makes the panel page and the engine file web-accessible here (by origin).
 */
export function onSupportedHost(url: UrlParts): boolean {
  const host = hostName(url);
  return SITE_URLS.some((site) => onHosts(host, site.hosts));
}

/**
 * Manifest match patterns for the adapters' sites: where their postings live, so the script
 * is not even injected into a vendor's blog or an advice article (every injection costs the
 * page a compile and a run). Query strings cannot be matched on their own, so these cover
 * whole job hosts or job paths (a path pattern's `*` runs on into the query); the URL tests
 * decide per URL. A path is listed with every page a site can reach in-page from it (Indeed's
 * search opens a job by changing `vjk=` in place, so all of /jobs is listed). Greenhouse's
 * `?gh_jid=` on a company's own site is found only by generic injection (optional host
 * permission).
 */
export const CONTENT_SCRIPT_MATCHES: string[] = [
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://boards.eu.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.linkedin.com/jobs/*',
  '*://*.linkedin.com/comm/jobs/*',
  '*://*.indeed.com/viewjob*',
  '*://*.indeed.com/m/*',
  '*://*.indeed.com/rc/*',
  '*://*.indeed.com/jobs*',
  '*://*.indeed.com/q-*',
  '*://*.indeed.com/cmp/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://*.workable.com/*',
  '*://*.icims.com/*',
  '*://*.seek.com.au/*',
  '*://*.seek.co.nz/*',
  '*://*.jobstreet.com/*',
  '*://*.jobsdb.com/*',
  // Job boards (issue 21). Glassdoor: whole hosts, as its search and job pages route in
  // place and the country sites translate the search's path.
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.glassdoor.ie/*',
  '*://*.glassdoor.ca/*',
  '*://*.glassdoor.com.au/*',
  '*://*.glassdoor.co.nz/*',
  '*://*.glassdoor.co.in/*',
  '*://*.glassdoor.sg/*',
  '*://*.glassdoor.com.hk/*',
  '*://*.glassdoor.de/*',
  '*://*.glassdoor.at/*',
  '*://*.glassdoor.ch/*',
  '*://*.glassdoor.fr/*',
  '*://*.glassdoor.be/*',
  '*://*.glassdoor.nl/*',
  '*://*.glassdoor.es/*',
  '*://*.glassdoor.it/*',
  '*://*.glassdoor.com.br/*',
  '*://*.glassdoor.com.mx/*',
  '*://*.glassdoor.com.ar/*',
  '*://*.ziprecruiter.com/c/*',
  '*://*.ziprecruiter.com/jobs*',
  '*://*.ziprecruiter.com/candidate/*',
  '*://*.ziprecruiter.co.uk/c/*',
  '*://*.ziprecruiter.co.uk/jobs*',
  '*://*.ziprecruiter.co.uk/candidate/*',
  '*://*.dice.com/job-detail/*',
  '*://*.dice.com/jobs*',
  '*://*.wellfound.com/jobs*',
  '*://*.wellfound.com/company/*',
  '*://*.builtin.com/job/*',
  // issue 21, second batch
  '*://*.stepstone.de/*',
  '*://*.stepstone.at/*',
  '*://*.stepstone.be/*',
  '*://*.stepstone.nl/*',
  '*://*.totaljobs.com/*',
  '*://*.cwjobs.co.uk/*',
  '*://*.caterer.com/*',
  '*://*.jobs.personio.de/*',
  '*://*.jobs.personio.com/*',
  '*://*.teamtailor.com/*',
  '*://*.recruitee.com/*',
  // career pages only: the same origin holds the company's HR records
  '*://*.bamboohr.com/careers*',
  '*://*.bamboohr.com/jobs/*',
];
