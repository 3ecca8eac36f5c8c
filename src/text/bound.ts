/**
 * How much of a description JobLens reads. Real postings are 2 to 15 KB of text (the longest
 * in our labelled set is 12 KB); a page with more is not one posting's text, and reading all
 * of it would only cost time on the user's tab. Salary, skills, years and sections are read
 * from the first MAX_DESCRIPTION_CHARS characters (cut at a line break near the limit);
 * detection reads the first 60,000 (src/detect/signal.ts).
 */
export const MAX_DESCRIPTION_CHARS = 100_000;

/** The first `max` characters of the text, cut at a line break when one is near the end. */
export function boundText(text: string, max: number = MAX_DESCRIPTION_CHARS): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max);
  if (nl >= max * 0.9) return text.slice(0, nl);
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
