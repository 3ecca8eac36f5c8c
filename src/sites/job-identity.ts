import { adapterFor } from './registry.ts';

/** Parameters that only say where a click came from: never part of a job's identity. */
const TRACKING = new Set([
  'gh_src',
  'gclid',
  'fbclid',
  'msclkid',
  'dclid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'refid',
  'trackingid',
  'trk',
  'trkinfo',
  'lever-source',
  'lever-origin',
  'source',
  'src',
  'ref',
  'referrer',
  'referer',
  'from',
  'campaign',
  'alid',
  'ebp',
  '_hsenc',
  '_hsmi',
  'hss_channel',
  'lipi',
  'midtoken',
  'midsig',
  'trackingcode',
  'igshid',
  'original_referer',
  'pagenum',
  'sourceid',
  'fccid',
  'vjs',
  'advn',
  'xkcb',
  'xpse',
  'xfps',
  'ref_id',
  'eid',
]);

/** Never dropped, whatever the lists say: they name the job. */
const IDENTIFYING = new Set([
  'gh_jid',
  'currentjobid',
  'jk',
  'vjk',
  'token',
  'for',
  'jobid',
  'job_id',
  'id',
  'in_iframe',
]);

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  if (IDENTIFYING.has(k)) return false;
  return k.startsWith('utm_') || k.startsWith('pk_') || TRACKING.has(k);
}

/**
 * One spelling for one job page: lower-case host, no fragment, no tracking parameters,
 * remaining parameters sorted, no trailing slash. Input that is not a URL comes back trimmed.
 */
export function canonicalJobUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/'))
    u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/**
 * The key a saved role is stored under: "site:jobId" when the site and its job id are known
 * (the same job from a search page, a /view page or an apply page is one role), else the
 * canonical URL. A missing site or id is looked up from the URL.
 */
export function jobKey(url: string, site: string | null, jobId: string | null): string {
  let s = site;
  let id = jobId;
  if (!s || !id) {
    try {
      const adapter = adapterFor(new URL(url.trim()));
      if (adapter) {
        s = s ?? adapter.id;
        if (s === adapter.id) id = id ?? adapter.jobIdFromUrl(new URL(url.trim()));
      }
    } catch {
      // not a URL: fall through to the canonical form
    }
  }
  if (s && id) return `${s}:${id}`;
  return canonicalJobUrl(url);
}
