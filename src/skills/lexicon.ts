import { KeyFilter } from '../text/key-filter.ts';
import { CATALOG, type CatalogEntry } from './catalog.ts';
import { tokenize } from './tokenize.ts';

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

// Most names are ASCII words separated by single spaces ("Apache Kafka"): their tokens are
// the words themselves, no tokenizer needed. Built at the first parse in the content script,
// so this keeps the cold start short.
const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Key, exact form and size of a written name: what tokenizing it would give. */
function shapeOf(phrase: string): { key: string; exact: string; size: number; plainWord: boolean } {
  if (SIMPLE.test(phrase)) {
    const size = phrase.split(' ').length;
    return {
      key: phrase.toLowerCase(),
      exact: phrase,
      size,
      plainWord: size === 1 && /^[A-Za-z]+$/.test(phrase),
    };
  }
  const tokens = tokenize(phrase);
  return {
    key: tokens.map((t) => t.key).join(' '),
    exact: tokens.map((t) => t.text).join(' '),
    size: tokens.length,
    plainWord: tokens.length === 1 && /^[\p{L}]+$/u.test(phrase),
  };
}

function formsOf(entry: CatalogEntry): Array<[string, Form]> {
  const written = [entry.name, ...entry.aliases];
  return written.map((raw, i) => {
    const marked = raw.startsWith('~');
    const phrase = marked ? raw.slice(1) : raw;
    const { key, exact, size, plainWord } = shapeOf(phrase);
    const isName = i === 0;
    const exactCase = entry.caseSensitive === true && (isName || phrase !== phrase.toLowerCase());
    return [
      key,
      {
        entry,
        exact: exactCase ? exact : null,
        ambiguous: marked || (isName && entry.ambiguous === true && plainWord),
        size,
        plainWord,
      },
    ];
  });
}

/** What one lower-case key leads to: forms written exactly so, and whether longer forms start here. */
export interface Entry {
  forms: Form[];
  startsLonger: boolean;
  /** Second-token keys of the longer forms that start here ("kafka" after "apache"). */
  seconds: Set<string>;
  /** The same keys listed, when there are a few: compared, not hashed (see hasSecond). */
  fewSeconds: readonly string[] | null;
}

/** Up to this many second keys are compared one by one: cheaper than hashing a fresh key. */
const FEW = 4;

/**
 * Whether a longer form at `e` goes on with `key`, or with its first `n` characters (a
 * plural's singular) when `n` is given.
 */
export function hasSecond(e: Entry, key: string, n = key.length): boolean {
  const few = e.fewSeconds;
  if (few === null) return e.seconds.has(n === key.length ? key : key.slice(0, n));
  for (const s of few) if (s.length === n && key.startsWith(s)) return true;
  return false;
}

function build(): { lexicon: Map<string, Entry>; maxSize: number } {
  const lexicon = new Map<string, Entry>();
  const slot = (key: string): Entry => {
    let e = lexicon.get(key);
    if (!e) {
      e = { forms: [], startsLonger: false, seconds: new Set(), fewSeconds: null };
      lexicon.set(key, e);
    }
    return e;
  };
  let maxSize = 1;
  for (const entry of CATALOG) {
    for (const [key, form] of formsOf(entry)) {
      if (key === '') continue;
      slot(key).forms.push(form);
      if (form.size > 1) {
        const [first, second] = key.split(' ');
        const head = slot(first ?? key);
        head.startsLonger = true;
        if (second !== undefined) head.seconds.add(second);
      }
      maxSize = Math.max(maxSize, form.size);
    }
  }
  for (const e of lexicon.values()) {
    if (e.seconds.size > 0 && e.seconds.size <= FEW) e.fewSeconds = [...e.seconds];
  }
  return { lexicon, maxSize: Math.min(maxSize, 4) };
}

interface Built {
  lexicon: Map<string, Entry>;
  maxSize: number;
  /** A first test for one-token keys ("python", "c++"): most words of a text are none. */
  words: KeyFilter;
  /** The same for one-token keys with forms of their own; the others only start longer forms. */
  singles: KeyFilter;
  /** The same for the second-token keys of longer forms ("kafka" of "apache kafka"). */
  seconds: KeyFilter;
}

let built: Built | null = null;

/**
 * Every form by its lower-case token keys joined with spaces, plus first-token marks, and the
 * longest form in tokens (at most 4). Built on first use, not when the content script loads.
 */
export function lexicon(): Readonly<Built> {
  if (!built) {
    const { lexicon: map, maxSize } = build();
    const ones = [...map].filter(([k]) => !k.includes(' '));
    const words = new KeyFilter(ones.map(([k]) => k));
    const singles = new KeyFilter(ones.filter(([, e]) => e.forms.length > 0).map(([k]) => k));
    const seconds = new KeyFilter([...map.values()].flatMap((e) => [...e.seconds]));
    built = { lexicon: map, maxSize, words, singles, seconds };
  }
  return built;
}
