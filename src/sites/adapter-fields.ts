import { type ElementTextOptions, elementText } from '../page/document-text.ts';
import type { PageFields } from '../page/page-fields.ts';

/**
 * Runs an adapter's reader and turns a crash on odd markup into a reason, so one broken
 * site layout never takes the whole page down.
 */
export function safeExtract(siteName: string, read: () => PageFields): PageFields {
  try {
    return read();
  } catch (err) {
    return {
      source: 'adapter',
      reasons: [
        `${siteName} page could not be read: ${err instanceof Error ? err.message : String(err)}`,
      ],
    };
  }
}

/** Text of several description parts, in page order, each once. */
export function joinedText(parts: (Element | null)[], options?: ElementTextOptions): string | null {
  const seen: Element[] = [];
  for (const el of parts) {
    if (!el || seen.includes(el)) continue;
    // A part inside another part is already read with it.
    if (seen.some((s) => s.contains(el))) continue;
    seen.push(el);
  }
  const text = seen
    .map((el) => elementText(el, options))
    .filter((t) => t !== '')
    .join('\n\n');
  return text === '' ? null : text;
}

/** Drops null/empty and duplicate locations. */
export function locationList(...values: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const s = v?.replace(/\s+/g, ' ').trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
