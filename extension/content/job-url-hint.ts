/**
 * What the manifest's content script (stub.ts) knows of URLs, kept to one regex so every
 * matched page compiles almost nothing: a cheap superset of the supported sites' job URLs
 * (siteForUrl). The manifest injects the stub on those sites' hosts only, so the host needs no
 * test here. A test holds the regex to the src/sites/*-url.ts modules. A URL this calls a job
 * may still be none: the full boot, loaded then, asks the URL modules themselves.
 */

// Each site's job-URL shape, loosened (any case, any position, '%' = maybe encoded digits).
const MAYBE_JOB =
  /%|\/jobs\/\d|job_app|gh_jid=|[?&]v?jk=|\/jobs\/view\/|currentjobid=|[0-9a-f]{8}-[0-9a-f]{4}-|\/(?:job|details)\/.|\/\d{6}|\/j\/[0-9a-f]{6}|jobid=/i;

type Loc = Pick<Location, 'pathname' | 'search'>;

/** False: on a supported site's host, certainly not one job's page. */
export const mayBeJobUrl = (loc: Loc): boolean => MAYBE_JOB.test(loc.pathname + loc.search);
