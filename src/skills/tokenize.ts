/** One token of posting text: a word (with its tech punctuation kept) or one punctuation mark. */
export interface Token {
  /** Source text without a possessive "'s" ("Spark's" -> "Spark"). */
  text: string;
  /** Lower-cased `text`, curly apostrophes made straight: the lookup key. */
  key: string;
  start: number;
  end: number;
  word: boolean;
  /** Spaces (not a newline) separate this token from the previous one. */
  spaceBefore: boolean;
  /** A newline separates this token from the previous one (or it starts the text). */
  lineStart: boolean;
}

const APOS = 39;
const CURLY_APOS = 0x2019;

// One pass of one regex: a link (skipped), a word (skipped when it opens an e-mail address or
// a "scheme://" link), or one other mark.
// Words keep tech punctuation: inner "." "-" "'" ("Node.js", "scikit-learn"), a leading "."
// (".NET") and a trailing "++"/"#" ("C++", "C#"). A dot between a lower-case letter and a
// capitalised word ("scale.Technical") is two sentences glued by lost markup, not a name.
// Letters of most scripts, without the /u flag: Unicode property classes are several times
// slower in V8, and every catalog name is ASCII anyway.
const TOKEN =
  /([Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww]{3}\.)[^\s)]*|((?:(?<![A-Za-z0-9\u00C0-\u02AF\u0370-\u1FFF\u2C00-\uD7FF])\.)?[A-Za-z0-9\u00C0-\u02AF\u0370-\u1FFF\u2C00-\uD7FF]+(?:(?:[-'’]|(?<![a-z])\.|\.(?![A-Z][a-z]))[A-Za-z0-9\u00C0-\u02AF\u0370-\u1FFF\u2C00-\uD7FF]+)*(?:[+#]{1,2}(?![A-Za-z0-9\u00C0-\u02AF\u0370-\u1FFF\u2C00-\uD7FF+#]))?)(:\/\/\S*|@\S*)?|\S/g;

/** Splits text into tokens in one linear pass. URLs and e-mail addresses are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Keys are sliced from one lower-cased copy (curly apostrophes straightened), unless
  // lower-casing changed the length somewhere ("İ"): then each word is lower-cased alone.
  const folded = text.toLowerCase().replace(/’/g, "'");
  const aligned = folded.length === text.length;
  let gapFrom = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const whole = m[0];
    let newline = tokens.length === 0;
    let space = false;
    for (let k = gapFrom; k < start; k++) {
      if (text.charCodeAt(k) === 10) newline = true;
      else space = true;
    }
    gapFrom = start + whole.length;
    const word = m[2];
    // Links, e-mails and "scheme://" tails: skipped, but they separate their neighbours.
    if (m[1] !== undefined || m[3] !== undefined || (word === undefined && whole.length > 1)) {
      gapFrom = start;
      continue;
    }
    let length = whole.length;
    if (word !== undefined && length > 2) {
      // "Spark's" and "Kubernetes’s": the possessive is not part of the name.
      const apos = whole.charCodeAt(length - 2);
      const last = whole.charCodeAt(length - 1);
      if ((apos === APOS || apos === CURLY_APOS) && (last === 115 || last === 83)) length -= 2;
    }
    const raw = length === whole.length ? whole : whole.slice(0, length);
    const key = aligned
      ? folded.slice(start, start + length)
      : raw.toLowerCase().replace(/’/g, "'");
    tokens.push({
      text: raw,
      key,
      start,
      end: start + whole.length,
      word: word !== undefined,
      spaceBefore: space && !newline,
      lineStart: newline,
    });
  }
  return tokens;
}

/** The lookup key of a catalog name or alias: its tokens' keys joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(' ');
}

/** The exact-case form of a catalog name or alias, comparable with `exactOf(tokens)`. */
export function phraseExact(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.text)
    .join(' ');
}
