import { repairMojibake } from './mojibake.ts';

/**
 * The one text clean-up every extractor sees: mojibake repaired, exotic spaces made plain,
 * invisible characters dropped, line structure kept (sections are found by line).
 */
export function normalizeText(input: string): string {
  let text = repairMojibake(input);
  text = text.replace(/\r\n?/g, '\n');
  // Non-breaking, thin, figure and other fixed-width spaces: plain space (but keep newlines).
  text = text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ');
  // Zero-width characters and bidi controls: invisible, and they split numbers and words.
  text = text.replace(
    /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g,
    '',
  );
  text = text.replace(/[ ]{2,}/g, ' ');
  text = text.replace(/ *\n */g, '\n');
  text = text.replace(/\n{3,}/g, '\n\n');
  return text.trim();
}
