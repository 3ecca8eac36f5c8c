/**
 * The currency a page's own address implies, for figures it writes with a bare "$" or none:
 * Indeed Australia's "$130,000 - $160,000 a year" is Australian dollars. Country-code hosts
 * (seek.com.au, uk.indeed.com, au.linkedin.com) say where the job board serves; .com says
 * nothing, so it gives null and the salary reader keeps its own default.
 */
const BY_COUNTRY: Record<string, string> = {
  au: 'AUD',
  nz: 'NZD',
  ca: 'CAD',
  uk: 'GBP',
  gb: 'GBP',
  ie: 'EUR',
  de: 'EUR',
  fr: 'EUR',
  es: 'EUR',
  it: 'EUR',
  nl: 'EUR',
  be: 'EUR',
  at: 'EUR',
  pt: 'EUR',
  fi: 'EUR',
  lt: 'EUR',
  in: 'INR',
  sg: 'SGD',
  hk: 'HKD',
  ch: 'CHF',
  se: 'SEK',
  no: 'NOK',
  dk: 'DKK',
  pl: 'PLN',
  jp: 'JPY',
  za: 'ZAR',
  br: 'BRL',
  mx: 'MXN',
};

// Subdomains that name a country on global job boards (au.linkedin.com, uk.indeed.com).
const GLOBAL_BOARDS = /(^|\.)(linkedin|indeed|glassdoor)\.com$/;

/** National job boards on a generic top-level domain: the currency of the country they serve. */
const NATIONAL_BOARDS: Record<string, string> = {
  'totaljobs.com': 'GBP',
  'caterer.com': 'GBP',
};

/**
 * Career-site vendors on a country domain that hosts employers from everywhere: the domain
 * says where the vendor is, not where the job is.
 */
const VENDOR_DOMAINS = ['jobs.personio.de'];

const onDomain = (host: string, domain: string): boolean =>
  host === domain || host.endsWith(`.${domain}`);

export function currencyFromUrl(url: URL | null): string | null {
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  if (VENDOR_DOMAINS.some((d) => onDomain(host, d))) return null;
  for (const [domain, code] of Object.entries(NATIONAL_BOARDS))
    if (onDomain(host, domain)) return code;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld !== 'com' && tld !== 'io' && tld !== 'co' && BY_COUNTRY[tld]) return BY_COUNTRY[tld];
  if (GLOBAL_BOARDS.test(host)) {
    const sub = labels.length > 2 ? labels[0] : undefined;
    if (sub && BY_COUNTRY[sub]) return BY_COUNTRY[sub];
  }
  return null;
}
