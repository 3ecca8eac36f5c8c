import { LANGUAGES } from '../lang/registry.ts';
import { type Gated, led } from './gates.ts';

/**
 * The detector's phrase patterns for every language, built from the tables (src/lang/):
 * one pattern a kind of phrase, gated by the word each phrase starts with.
 */

/** A word character of `\b`, or a Latin letter beyond ASCII: what may not follow a phrase. */
const AFTER = String.raw`(?![a-z0-9_\u00c0-\u024f])`;

/** Whether a regex source has a "|" outside groups and classes (an alternative of its own). */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The word every match of a phrase starts with, as the gate scanner sees words (a run of
 * ASCII letters and digits, lower case), or null when the phrase does not start with one
 * that ends where the body's word would: the next thing must not be a word character.
 */
export function leadWord(phrase: string): string | null {
  if (hasTopLevelBar(phrase)) return null;
  const run = /^[a-z0-9]+/.exec(phrase)?.[0];
  if (!run) return null;
  const rest = phrase.slice(run.length);
  if (rest === '' || rest.charCodeAt(0) > 127 || /^(?:[ '’-]|\\[sb])/.test(rest)) return run;
  const cls = /^\[([^\]\\]*)\]/.exec(rest);
  return cls && !/[A-Za-z0-9_]/.test(cls[1] ?? '') ? run : null;
}

function phrasePattern(phrases: readonly string[]): Gated {
  const leads = new Set<string>();
  for (const p of phrases) {
    const w = leadWord(p);
    if (w === null) throw new Error(`detection phrase without a lead word: ${p}`);
    leads.add(w);
  }
  return led([...leads].join(' '), new RegExp(String.raw`\b(?:${phrases.join('|')})${AFTER}`, 'i'));
}

const all = (pick: (d: (typeof LANGUAGES)[number]['detect']) => readonly string[]) =>
  LANGUAGES.flatMap((l) => pick(l.detect));

/** "We are looking for", "wir suchen", "nous recherchons", "buscamos", "szukamy"… */
export const HIRING = phrasePattern(all((d) => d.hiring));
/** "Apply now", "jetzt bewerben", "postuler", "solliciteer", "aplikuj"… */
export const APPLY = phrasePattern(all((d) => d.apply));
/** "Full-time", "Vollzeit", "CDI", "jornada completa", "umowa o pracę", "tempo indeterminato"… */
export const EMPLOYMENT = phrasePattern(all((d) => d.employment));
/** "Job opening", "Stellenangebot", "offre d'emploi", "vacature", "oferta pracy"… */
export const POSTING_NOUN = phrasePattern(all((d) => d.postingNouns));
