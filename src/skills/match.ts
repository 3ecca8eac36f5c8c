import type { KeyFilter } from '../text/key-filter.ts';
import type { CatalogEntry } from './catalog.ts';
import { type Entry, type Form, hasSecond, lexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** A catalog form found in the tokens, before context checks. */
export interface Candidate {
  form: Form;
  entry: CatalogEntry;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Found inside a glued token ("HadoopSpark"): the other skills there are its context. */
  glued: boolean;
}

// "Spark-based", "Go-powered": an ambiguous name may lead a compound only before these.
const TECH_SUFFIX = new Set([
  'based',
  'driven',
  'native',
  'powered',
  'first',
  'centric',
  'heavy',
  'backed',
  'compatible',
  'friendly',
  'only',
  'specific',
]);
const DOMAIN = /\.(com|org|net|io|ai|co|dev|app|gov|edu|us|uk|de|ca|au|in|run)$/i;

function pickIn(e: Entry | undefined, exact: string, loose: boolean): Form | null {
  const forms = e?.forms;
  if (!forms || forms.length === 0) return null;
  let found: Form | null = null;
  for (const form of forms) {
    if (form.exact !== null && form.exact !== exact) continue;
    if (loose && (form.ambiguous || form.exact !== null)) continue;
    if (!found || (found.ambiguous && !form.ambiguous)) found = form;
  }
  return found;
}

function pick(key: string, exact: string, loose: boolean): Form | null {
  return pickIn(lexicon().lexicon.get(key), exact, loose);
}

/** "apis" -> "api", but not "business", "status", "analysis". */
function pluralish(key: string): boolean {
  const n = key.length;
  if (n < 4 || key.charCodeAt(n - 1) !== 115) return false;
  const before = key.charCodeAt(n - 2);
  return before !== 115 && before !== 117 && before !== 105; // "ss", "us", "is"
}

/** A form for one word on its own (its lexicon entry given), trying plural and version too. */
function pickWord(e: Entry | undefined, key: string, text: string): Form | null {
  const direct = pickIn(e, text, false);
  if (direct) return direct;
  if (pluralish(key)) {
    // The exact text is cut only for a singular the lexicon has: most plurals are not skills.
    // Only a singular with forms of its own gives one: the others are not looked up.
    const { lexicon: lex, singles } = lexicon();
    const se = singles.mayHave(key, key.length - 1) ? lex.get(key.slice(0, -1)) : undefined;
    const singular = se ? pickIn(se, text.slice(0, -1), true) : null;
    if (singular) return singular;
  }
  const tail = key.charCodeAt(key.length - 1);
  if (tail < 48 || tail > 57) return null;
  const versioned = /^([a-z][a-z+#]*?)\d+(?:\.\d+)?$/.exec(key);
  if (versioned?.[1] && versioned[1].length > 1) {
    return pick(versioned[1], text.slice(0, versioned[1].length), true);
  }
  return null;
}

/** The capitalised word a glued token starts with ("Office" of "OfficeBachelor's"), or null. */
function gluedHead(token: Token): string | null {
  // /^[A-Z][a-z]+(?=[A-Z])/ by hand: this is tried on the word after every common word
  // ("the", "a", "data") that starts a longer form.
  const t = token.text;
  const first = t.charCodeAt(0);
  if (first < 65 || first > 90) return null;
  let k = 1;
  for (let c = t.charCodeAt(k); c >= 97 && c <= 122; c = t.charCodeAt(k)) k++;
  const next = t.charCodeAt(k);
  return k > 1 && next >= 65 && next <= 90 ? t.slice(0, k) : null;
}

interface Hit {
  form: Form;
  size: number;
  /** The last token holds only the form's end, glued to the next word ("MS OfficeBachelor's"). */
  cut?: number;
}

/** The longest form at token i; `e` is the lexicon entry of its key (found by the caller). */
function longestAt(tokens: readonly Token[], i: number, e: Entry | undefined): Hit | null {
  const head = tokens[i];
  if (!head?.word) return null;
  const { lexicon: lex, maxSize } = lexicon();
  const one = pickWord(e, head.key, head.text);
  let best: Hit | null = one ? { form: one, size: 1 } : null;
  if (!e?.startsLonger) return best;
  // No longer form goes on with the next token (or its singular, for a two-token form).
  const next = tokens[i + 1];
  if (!next || next.lineStart) return best;
  const plural = next.word && pluralish(next.key);
  if (!hasSecond(e, next.key) && !(plural && hasSecond(e, next.key, next.key.length - 1))) {
    // Scraping glued the next item to the form's last word: "MS OfficeBachelor's degree".
    const glued = next.word && next.text.length > 3 ? gluedHead(next) : null;
    if (!glued || !hasSecond(e, glued.toLowerCase())) return best;
    const whole = lex.get(`${head.key} ${glued.toLowerCase()}`);
    const form = whole ? pickIn(whole, `${head.text} ${glued}`, false) : null;
    return form ? { form, size: 2, cut: glued.length } : best;
  }
  let key = head.key;
  for (let n = 2; n <= maxSize; n++) {
    const t = tokens[i + n - 1];
    if (!t || t.lineStart) break;
    key += ` ${t.key}`;
    if (!t.word) continue;
    const whole = lex.get(key);
    let form = whole ? pickIn(whole, exactOf(tokens, i, n), false) : null;
    if (!form && pluralish(t.key)) {
      const se = lex.get(key.slice(0, -1));
      form = se ? pickIn(se, exactOf(tokens, i, n).slice(0, -1), true) : null;
    }
    if (form) best = { form, size: n };
  }
  return best;
}

/** The exact-case text of n tokens from i, joined by single spaces like catalog forms. */
function exactOf(tokens: readonly Token[], i: number, n: number): string {
  let exact = tokens[i]?.text ?? '';
  for (let k = 1; k < n; k++) exact += ` ${tokens[i + k]?.text ?? ''}`;
  return exact;
}

function candidate(form: Form, i: number, start: number, end: number, glued: boolean): Candidate {
  return { form, entry: form.entry, first: i, last: i, start, end, glued };
}

/** A one-token form for a word written in any case, through the lexicon's first test. */
function pickOne(word: string, loose: boolean): Form | null {
  const { lexicon: lex, words } = lexicon();
  // The first test folds ASCII case itself: an ASCII word it turns away as written is not
  // lower-cased (beyond ASCII, lower-casing may change more than case).
  if (!words.mayHave(word) && isAscii(word)) return null;
  const lower = word.toLowerCase();
  return words.mayHave(lower) ? pickIn(lex.get(lower), word, loose) : null;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return false;
  return true;
}

/** Only the first part may lead a compound of tech suffixes ("Spark-based"). */
function suffixOnly(pieces: readonly string[], p: number): boolean {
  if (p !== 0) return false;
  for (let q = 1; q < pieces.length; q++) {
    if (!TECH_SUFFIX.has((pieces[q] as string).toLowerCase())) return false;
  }
  return true;
}

/**
 * Whether a piece of a compound, or a dotted part of one, may be a key (the lexicon's first
 * test, which folds ASCII case itself; beyond ASCII the pieces are read as below). Most
 * hyphenated words ("data-intensive", "on-call") have none, and are not cut up.
 */
function mayHavePart(text: string): boolean {
  const { words } = lexicon();
  let piece = 0;
  let part = 0;
  let wide = false;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 45;
    if (c > 127) wide = true;
    if (c !== 45 && c !== 46) continue;
    if (wide) return true;
    if (k - part > 1 && words.mayHaveAt(text, part, k)) return true;
    part = k + 1;
    if (c === 45) {
      if (words.mayHaveAt(text, piece, k)) return true;
      piece = k + 1;
    }
  }
  return false;
}

/** "Node.js-based", "AWS-native", "ML-driven": the parts of a compound that name skills. */
function compoundParts(token: Token, i: number): Candidate[] {
  if (token.text.length > 80 || DOMAIN.test(token.text) || !mayHavePart(token.text)) return [];
  const out: Candidate[] = [];
  const pieces = token.text.split('-');
  if (pieces.length > 6) return [];
  let offset = token.start;
  // Plain loops, no closures: this runs for every hyphenated word of a text.
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as string;
    const form = pickOne(piece, false);
    if (form && pieces.length > 1 && (!form.ambiguous || suffixOnly(pieces, p))) {
      const glued = form.ambiguous && suffixOnly(pieces, p);
      out.push(candidate(form, i, offset, offset + piece.length, glued));
    } else if (!form && piece.includes('.')) {
      let sub = offset;
      for (const part of piece.split('.')) {
        const f = part.length > 1 ? pickOne(part, true) : null;
        if (f) out.push(candidate(f, i, sub, sub + part.length, false));
        sub += part.length + 1;
      }
    }
    offset += piece.length + 1;
  }
  return out;
}

function camelParts(text: string): string[] {
  return text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
}

type Group = { form: Form; from: number; to: number };

/** Splits parts into consecutive groups that each name a skill, longest groups first. */
function partition(parts: readonly string[], from: number, strict: boolean): Group[] | null {
  if (from === parts.length) return [];
  for (let to = parts.length; to > from; to--) {
    const slice = parts.slice(from, to);
    const glued = slice.join('');
    const form =
      pick(glued.toLowerCase(), glued, false) ??
      pick(slice.join(' ').toLowerCase(), slice.join(' '), false);
    if (!form || (strict && form.ambiguous)) continue;
    const rest = partition(parts, to, strict);
    if (rest) return [{ form, from, to }, ...rest];
  }
  return null;
}

/** "HadoopSpark" (markup stripped between list items), "environmentsKubernetes" (glued sentences). */
function hasCamelHump(text: string): boolean {
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const p = text.charCodeAt(k - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}

function gluedParts(token: Token, i: number): Candidate[] {
  const t = token.text;
  if (t.length < 4 || t.length > 80 || !hasCamelHump(t) || !/^[A-Za-z0-9]+$/.test(t)) return [];
  const parts = camelParts(token.text);
  if (parts.length < 2 || parts.length > 8) return [];
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    at = token.text.indexOf(part, at);
    offsets.push(token.start + at);
    at += part.length;
  }
  const toCandidates = (groups: Group[], glued: boolean) =>
    groups.map((g) => {
      const start = offsets[g.from] ?? token.start;
      const last = parts[g.to - 1] ?? '';
      const end = (offsets[g.to - 1] ?? token.start) + last.length;
      return candidate(g.form, i, start, end, glued);
    });
  const whole = partition(parts, 0, false);
  if (whole && whole.length > 1) return toCandidates(whole, true);
  // Sentence glue: one ordinary word stuck to a skill name at either end.
  const first = parts[0] ?? '';
  if (/^[a-z]{3,}$/.test(first)) {
    const tail = partition(parts, 1, true);
    if (tail) return toCandidates(tail, false);
  }
  const lastPart = parts[parts.length - 1] ?? '';
  if (/^[A-Z][a-z]{2,}$/.test(lastPart)) {
    const head = partition(parts.slice(0, -1), 0, true);
    if (head) return toCandidates(head, false);
  }
  return [];
}

/**
 * Whether any form may start with this word: the word itself (`inLexicon`: it is a key), its
 * singular (a key with forms of its own) or its name without a version may be a key. Most words of a text are none, and
 * longestAt (which would find nothing for them) is not called.
 */
function mayStartForm(singles: KeyFilter, key: string, inLexicon: boolean): boolean {
  if (inLexicon) return true;
  const tail = key.charCodeAt(key.length - 1);
  if (tail >= 48 && tail <= 57) return true;
  return pluralish(key) && singles.mayHave(key, key.length - 1);
}

/**
 * Whether the lexicon entry of token i's key, if there is one, can give a form: it has forms
 * of its own, or a longer form it starts may go on with the next token (as longestAt reads
 * it). The most common words ("the", "a", "team") only start a longer form or two, and the
 * next word goes on with none: they are not looked up.
 */
function mayLead(tokens: readonly Token[], i: number, key: string): boolean {
  const { singles, seconds } = lexicon();
  if (singles.mayHave(key)) return true;
  const next = tokens[i + 1];
  if (!next || next.lineStart) return false;
  if (seconds.mayHave(next.key)) return true;
  if (next.word && pluralish(next.key) && seconds.mayHave(next.key, next.key.length - 1)) {
    return true;
  }
  const glued = next.word && next.text.length > 3 ? gluedHead(next) : null;
  return glued !== null && seconds.mayHave(glued);
}

/** Every catalog form in the tokens, longest match first at each position, in text order. */
export function findCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const { lexicon: lex, words, singles } = lexicon();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word) continue;
    // One first test and one look-up per word, shared with longestAt. An entry that can give
    // nothing here is left unread: longestAt finds what it would without it.
    const key = token.key;
    const e = words.mayHave(key) && mayLead(tokens, i, key) ? lex.get(key) : undefined;
    const hit = mayStartForm(singles, key, e !== undefined) ? longestAt(tokens, i, e) : null;
    if (hit) {
      const last = tokens[i + hit.size - 1] ?? token;
      const end = hit.cut === undefined ? last.end : last.start + hit.cut;
      const c = candidate(hit.form, i, token.start, end, false);
      c.last = i + hit.size - 1;
      out.push(c);
      i += hit.size - 1;
      continue;
    }
    if (token.text.length < 4) continue;
    if (token.joined) {
      out.push(...compoundParts(token, i));
    } else if (token.text !== token.key) {
      out.push(...gluedParts(token, i));
    }
  }
  return out;
}
