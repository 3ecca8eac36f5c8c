import type { Posting } from '../../src/schema/posting.ts';

/**
 * What the page says, without the URL-derived id: when a SPA changes the URL before it swaps
 * the DOM, the new URL's first parse shows the old job's content under the new key. Equal
 * fingerprints under different keys mean "not swapped yet, look again".
 */
export function contentFingerprint(p: Posting): string {
  return JSON.stringify([
    p.title,
    p.company,
    p.locations,
    p.salary.map((s) => s.text),
    p.skills.map((s) => `${s.name}:${s.importance}`),
  ]);
}
