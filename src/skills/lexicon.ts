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

function build(): { forms: Map<string, Form[]>; firsts: Set<string>; maxSize: number } {
  const forms = new Map<string, Form[]>();
  const firsts = new Set<string>();
  let maxSize = 1;
  for (const entry of CATALOG) {
    for (const [key, form] of formsOf(entry)) {
      if (key === '') continue;
      const list = forms.get(key);
      if (list) list.push(form);
      else forms.set(key, [form]);
      firsts.add(key.split(' ')[0] ?? key);
      maxSize = Math.max(maxSize, form.size);
    }
  }
  return { forms, firsts, maxSize: Math.min(maxSize, 4) };
}

const built = build();

/** Every form, keyed by its lower-case token keys joined with spaces. Built once. */
export const FORMS: ReadonlyMap<string, readonly Form[]> = built.forms;
/** First-token keys of all forms: a token not in here starts no multi-token form. */
export const FIRST_KEYS: ReadonlySet<string> = built.firsts;
/** Longest form, in tokens (at most 4). */
export const MAX_FORM_TOKENS: number = built.maxSize;
