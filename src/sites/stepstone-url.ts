import { hostIs, isWebUrl, pathParts, type SiteUrl, type UrlParts } from './site-url.ts';

/** StepStone's boards and the sister boards on its platform (same URLs, same job pages). */
const DOMAINS = [
  'stepstone.de',
  'stepstone.at',
  'stepstone.be',
  'stepstone.nl',
  'totaljobs.com',
  'cwjobs.co.uk',
  'caterer.com',
];
const ID = /^\d{5,10}$/;
/** The end of "/stellenangebote--Elektroniker-Hamburg-Kessel--12345678-inline.html". */
const INLINE_END = /--(\d{5,10})-inline\.html$/i;
/** The page kind before the first "--", in the board's language ("stellenangebote", "vacatures"). */
const PAGE_KIND = /^[a-z][a-z-]{1,40}$/i;
/** "/job/{title-slug}/{company-slug}-job{id}" (Totaljobs and its sisters). */
const COMPANY_JOB_ID = /(?:^|-)job(\d{5,10})$/i;

function inlineId(segment: string): string | null {
  const end = INLINE_END.exec(segment);
  if (!end) return null;
  const kindEnd = segment.indexOf('--');
  // A slug between the page kind and the id: "kind--slug--id".
  if (kindEnd >= end.index || !PAGE_KIND.test(segment.slice(0, kindEnd))) return null;
  return end[1] ?? null;
}

function jobIdFromUrl(url: UrlParts): string | null {
  if (!isWebUrl(url) || !DOMAINS.some((d) => hostIs(url, d))) return null;
  const parts = pathParts(url);
  if (parts.length === 1) return inlineId(parts[0] as string);
  // /job/{id} and /job/{title}/{company}-job{id}; not /job/{id}/application/… (the apply flow)
  if (parts[0] !== 'job') return null;
  if (parts.length === 2) return ID.test(parts[1] as string) ? (parts[1] as string) : null;
  if (parts.length === 3) return COMPANY_JOB_ID.exec(parts[2] as string)?.[1] ?? null;
  return null;
}

export const stepstoneUrl: SiteUrl = {
  id: 'stepstone',
  hosts: DOMAINS.map((d) => `*.${d}`),
  jobIdFromUrl,
  jobGlobs: ['*-inline.html*', '*/job/*'],
};
