import type { CatalogEntry } from './catalog.ts';
import { type Form, LEXICON, MAX_FORM_TOKENS } from './lexicon.ts';
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

// Module-local references: read on every token, so no re-export indirection per read.
const lexicon = LEXICON;
const maxTokens = MAX_FORM_TOKENS;

function pick(key: string, exact: string, loose: boolean): Form | null {
  const forms = lexicon.get(key)?.forms;
  if (!forms || forms.length === 0) return null;
  let found: Form | null = null;
  for (const form of forms) {
    if (form.exact !== null && form.exact !== exact) continue;
    if (loose && (form.ambiguous || form.exact !== null)) continue;
    if (!found || (found.ambiguous && !form.ambiguous)) found = form;
  }
  return found;
}

/** "apis" -> "api", but not "business", "status", "analysis". */
function pluralish(key: string): boolean {
  const n = key.length;
  if (n < 4 || key.charCodeAt(n - 1) !== 115) return false;
  const before = key.charCodeAt(n - 2);
  return before !== 115 && before !== 117 && before !== 105; // "ss", "us", "is"
}

/** A form for one word on its own, trying the plural and a glued version number too. */
function pickWord(key: string, text: string): Form | null {
  const direct = pick(key, text, false);
  if (direct) return direct;
  if (pluralish(key)) {
    const singular = pick(key.slice(0, -1), text.slice(0, -1), true);
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

function longestAt(tokens: readonly Token[], i: number): { form: Form; size: number } | null {
  const head = tokens[i];
  if (!head?.word) return null;
  const one = pickWord(head.key, head.text);
  let best = one ? { form: one, size: 1 } : null;
  if (!lexicon.get(head.key)?.startsLonger) return best;
  let key = head.key;
  let exact = head.text;
  for (let n = 2; n <= maxTokens; n++) {
    const t = tokens[i + n - 1];
    if (!t || t.lineStart) break;
    key += ` ${t.key}`;
    exact += ` ${t.text}`;
    if (!t.word) continue;
    let form = pick(key, exact, false);
    if (!form && pluralish(t.key)) {
      form = pick(key.slice(0, -1), exact.slice(0, -1), true);
    }
    if (form) best = { form, size: n };
  }
  return best;
}

function candidate(form: Form, i: number, start: number, end: number, glued: boolean): Candidate {
  return { form, entry: form.entry, first: i, last: i, start, end, glued };
}

/** "Node.js-based", "AWS-native", "ML-driven": the parts of a compound that name skills. */
function compoundParts(token: Token, i: number): Candidate[] {
  if (token.text.length > 80 || DOMAIN.test(token.text)) return [];
  const out: Candidate[] = [];
  const pieces = token.text.split('-');
  if (pieces.length > 6) return [];
  let offset = token.start;
  pieces.forEach((piece, p) => {
    const others = pieces.filter((_, q) => q !== p).map((x) => x.toLowerCase());
    const suffixOnly = p === 0 && others.every((x) => TECH_SUFFIX.has(x));
    const form = pick(piece.toLowerCase(), piece, false);
    if (form && pieces.length > 1 && (!form.ambiguous || suffixOnly)) {
      out.push(candidate(form, i, offset, offset + piece.length, suffixOnly && form.ambiguous));
    } else if (!form && piece.includes('.')) {
      let sub = offset;
      for (const part of piece.split('.')) {
        const f = part.length > 1 ? pick(part.toLowerCase(), part, true) : null;
        if (f) out.push(candidate(f, i, sub, sub + part.length, false));
        sub += part.length + 1;
      }
    }
    offset += piece.length + 1;
  });
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

/** Every catalog form in the tokens, longest match first at each position, in text order. */
export function findCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word) continue;
    const hit = longestAt(tokens, i);
    if (hit) {
      const last = tokens[i + hit.size - 1] ?? token;
      const c = candidate(hit.form, i, token.start, last.end, false);
      c.last = i + hit.size - 1;
      out.push(c);
      i += hit.size - 1;
      continue;
    }
    if (token.text.length < 4) continue;
    if (token.text.includes('-') || token.text.indexOf('.', 1) > 0) {
      out.push(...compoundParts(token, i));
    } else if (token.text !== token.key) {
      out.push(...gluedParts(token, i));
    }
  }
  return out;
}
