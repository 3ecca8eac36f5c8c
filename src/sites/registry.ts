import { ashby } from './ashby.ts';
import { greenhouse } from './greenhouse.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { seek } from './seek.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import { workable } from './workable.ts';
import { workday } from './workday.ts';

/** Every site adapter. URL tests do not overlap, so order only matters for speed. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  icims,
  seek,
];

/** The adapter whose job URLs include this one, or null (a generic page). Never throws. */
export function adapterFor(url: URL): SiteAdapter | null {
  for (const adapter of SITE_ADAPTERS) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch {
      // a broken matcher must not hide the others
    }
  }
  return null;
}

/**
 * Manifest match patterns for the adapters' sites. Query strings cannot be matched, so these
 * cover whole hosts (or /jobs/ paths); matches() decides per URL. Greenhouse's `?gh_jid=` on
 * a company's own site is found only by generic injection (optional host permission).
 */
export const CONTENT_SCRIPT_MATCHES: string[] = [
  '*://*.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.linkedin.com/jobs/*',
  '*://*.linkedin.com/comm/jobs/*',
  '*://*.indeed.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://*.workable.com/*',
  '*://*.icims.com/*',
  '*://*.seek.com.au/*',
  '*://*.seek.co.nz/*',
  '*://*.jobstreet.com/*',
  '*://*.jobsdb.com/*',
];
