import { CATALOG, type CatalogEntry } from './catalog.ts';
import { phraseExact, phraseKey, tokenize } from './tokenize.ts';

/** One way of writing a catalog entry, as the matcher sees it. */
export interface Form {
  entry: CatalogEntry;
  /** Exact-case text the tokens must join to, or null when any case matches. */
  exact: string | null;
  /** Needs tech context before it counts (an ordinary word: "Go", "Spark", "node"). */
  ambiguous: boolean;
  /** Number of tokens. */
  size: number;
  /** A single plain word (letters only): the forms sentence-initial capitals can fake. */
  plainWord: boolean;
}

function formsOf(entry: CatalogEntry): Array<[string, Form]> {
  const written = [entry.name, ...entry.aliases];
  return written.map((raw, i) => {
    const marked = raw.startsWith('~');
    const phrase = marked ? raw.slice(1) : raw;
    const tokens = tokenize(phrase);
    const plainWord = tokens.length === 1 && /^[\p{L}]+$/u.test(phrase);
    const isName = i === 0;
    const exactCase = entry.caseSensitive === true && (isName || phrase !== phrase.toLowerCase());
    return [
      phraseKey(phrase),
      {
        entry,
        exact: exactCase ? phraseExact(phrase) : null,
        ambiguous: marked || (isName && entry.ambiguous === true && plainWord),
        size: tokens.length,
        plainWord,
      },
    ];
  });
}

/** What one lower-case key leads to: forms written exactly so, and whether longer forms start here. */
export interface Entry {
  forms: Form[];
  startsLonger: boolean;
}

function build(): { lexicon: Map<string, Entry>; maxSize: number } {
  const lexicon = new Map<string, Entry>();
  const slot = (key: string): Entry => {
    let e = lexicon.get(key);
    if (!e) {
      e = { forms: [], startsLonger: false };
      lexicon.set(key, e);
    }
    return e;
  };
  let maxSize = 1;
  for (const entry of CATALOG) {
    for (const [key, form] of formsOf(entry)) {
      if (key === '') continue;
      slot(key).forms.push(form);
      if (form.size > 1) slot(key.split(' ')[0] ?? key).startsLonger = true;
      maxSize = Math.max(maxSize, form.size);
    }
  }
  return { lexicon, maxSize: Math.min(maxSize, 4) };
}

const built = build();

/** Every form by its lower-case token keys joined with spaces, plus first-token marks. Built once. */
export const LEXICON: ReadonlyMap<string, Entry> = built.lexicon;
/** Longest form, in tokens (at most 4). */
export const MAX_FORM_TOKENS: number = built.maxSize;
