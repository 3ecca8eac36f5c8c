/** One piece of evidence for or against "this page is one job posting". */
export interface Signal {
  /** Log-odds contribution: positive for a posting, negative against. */
  weight: number;
  /** Plain language, shown to the user ("has a requirements section"). */
  reason: string;
}

/** The part of a text the detector reads: enough for any posting, bounded for any page. */
export const DETECT_CHARS = 60_000;
export const DETECT_LINES = 3000;

export function detectLines(text: string): string[] {
  return text
    .slice(0, DETECT_CHARS)
    .split('\n')
    .slice(0, DETECT_LINES)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Line without Markdown decoration, bullets or table pipes. */
export function plainLine(line: string): string {
  return line
    .replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1')
    .replace(/^[|\s]+|[|\s]+$/g, '')
    .replace(/^#{1,6}\s*/, '')
    .replace(/^[•*\-–—]\s+/, '')
    .replace(/[*_`]{1,3}/g, '')
    .trim();
}

/** How many of the patterns occur in the text (each counted once). */
export function distinctHits(text: string, patterns: readonly RegExp[]): RegExp[] {
  return patterns.filter((p) => p.test(text));
}
