/**
 * What the manifest's content script (stub.ts) knows of URLs, kept to two regexes so every
 * matched page compiles almost nothing: the supported sites' hosts (SiteUrl.hosts, as
 * onSupportedHost reads them) and a cheap superset of their job URLs (siteForUrl). A test holds
 * both to the src/sites/*-url.ts modules. A URL this calls a job may still be none: the full
 * boot, loaded then, asks the URL modules themselves.
 */
const SUPPORTED_HOST =
  /^(?:(?:job-)?boards(?:\.eu)?\.greenhouse\.io|jobs(?:\.eu)?\.lever\.co|jobs\.ashbyhq\.com|(?:jobs|careers)\.smartrecruiters\.com|(?:.+\.)?(?:myworkdayjobs\.com|linkedin\.com|indeed\.com|workable\.com|icims\.com|seek\.com\.au|seek\.co\.nz|jobstreet\.com|jobsdb\.com))\.?$/i;

// Each site's job-URL shape, loosened (any case, any position, '%' = maybe encoded digits).
const MAYBE_JOB =
  /%|\/jobs\/\d|job_app|gh_jid=|[?&]v?jk=|\/jobs\/view\/|currentjobid=|[0-9a-f]{8}-[0-9a-f]{4}-|\/(?:job|details)\/.|\/\d{6}|\/j\/[0-9a-f]{6}|jobid=/i;

type Loc = Pick<Location, 'hostname' | 'pathname' | 'search'>;

/** A supported site's host: the engine file is web-accessible here, its URLs say what is a job. */
export const onSiteHost = (loc: Loc): boolean => SUPPORTED_HOST.test(loc.hostname);

/** False: on a supported site's host, certainly not one job's page. */
export const mayBeJobUrl = (loc: Loc): boolean => MAYBE_JOB.test(loc.pathname + loc.search);
