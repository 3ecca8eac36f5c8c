export interface TitleParts {
  title: string;
  company: string | null;
}

// " - " is left out: it is as often inside a title ("Engineer - Backend") as between parts.
const SEPARATOR = /\s+[|–—·]\s+/;
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "www.linkedin.com" -> "linkedin", "boards.greenhouse.io" -> "greenhouse". */
export function brandOfHost(host: string | null): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  const second = labels[labels.length - 2] ?? '';
  // "co.uk", "com.au": the brand is one label further left.
  const brand = second.length <= 3 && labels.length > 2 ? labels[labels.length - 3] : second;
  return brand ?? null;
}

/** A job board's own title shapes: "Company hiring Title in Place", "Job Application for Title at Company". */
const SHAPES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => TitleParts]> = [
  [/^(.+?) hiring (.+?)(?: in .+)?$/i, (m) => ({ title: m[2] ?? '', company: m[1] ?? null })],
  [/^job application for (.+?) at (.+)$/i, (m) => ({ title: m[1] ?? '', company: m[2] ?? null })],
];

/**
 * A page's title as the job's title and company. Pages name themselves "Title | Company |
 * Site": the site's own name (the host's brand or the page's og:site_name) is dropped from the
 * end, and a second part left is the company. A title with one part is the title alone.
 */
export function splitPageTitle(raw: string, brands: ReadonlyArray<string | null>): TitleParts {
  const known = new Set(brands.filter((b): b is string => !!b).map(compact));
  const parts = raw
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  while (parts.length > 1 && known.has(compact(parts[parts.length - 1] ?? ''))) parts.pop();
  const head = parts[0] ?? raw.trim();
  for (const [shape, read] of SHAPES) {
    const m = shape.exec(head);
    if (m && parts.length === 1) return read(m);
  }
  if (parts.length >= 2) return { title: head, company: parts[1] ?? null };
  return { title: head, company: null };
}
