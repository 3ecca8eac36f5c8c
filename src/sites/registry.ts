import { ashby } from './ashby.ts';
import { bamboohr } from './bamboohr.ts';
import { builtin } from './builtin.ts';
import { dice } from './dice.ts';
import { glassdoor } from './glassdoor.ts';
import { greenhouse } from './greenhouse.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { personio } from './personio.ts';
import { recruitee } from './recruitee.ts';
import { seek } from './seek.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { siteForUrl } from './site-urls.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import { stepstone } from './stepstone.ts';
import { teamtailor } from './teamtailor.ts';
import { wellfound } from './wellfound.ts';
import { workable } from './workable.ts';
import { workday } from './workday.ts';
import { ziprecruiter } from './ziprecruiter.ts';

export { CONTENT_SCRIPT_MATCHES } from './site-urls.ts';

/** Every site adapter, in the order of SITE_URLS (site-urls.ts). URL tests do not overlap. */
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
  // Job boards (issue 21)
  glassdoor,
  ziprecruiter,
  dice,
  wellfound,
  builtin,
  // issue 21, second batch
  stepstone,
  personio,
  teamtailor,
  recruitee,
  bamboohr,
];

/** The adapter whose job URLs include this one, or null (a generic page). Never throws. */
export function adapterFor(url: URL): SiteAdapter | null {
  const site = siteForUrl(url);
  return site ? (SITE_ADAPTERS.find((a) => a.id === site.id) ?? null) : null;
}
