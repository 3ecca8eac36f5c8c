import type { CatalogEntry } from './catalog.ts';
import { FIRST_KEYS, FORMS, type Form, MAX_FORM_TOKENS } from './lexicon.ts';
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

function pick(key: string, exact: string, loose: boolean): Form | null {
  const forms = FORMS.get(key);
  if (!forms) return null;
  let found: Form | null = null;
  for (const form of forms) {
    if (form.exact !== null && form.exact !== exact) continue;
    if (loose && (form.ambiguous || form.exact !== null)) continue;
    if (!found || (found.ambiguous && !form.ambiguous)) found = form;
  }
  return found;
}

/** A form for one word on its own, trying the plural and a glued version number too. */
function pickWord(key: string, text: string): Form | null {
  const direct = pick(key, text, false);
  if (direct) return direct;
  if (key.length > 3 && key.endsWith('s')) {
    const singular = pick(key.slice(0, -1), text.slice(0, -1), true);
    if (singular) return singular;
  }
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
  if (!FIRST_KEYS.has(head.key)) return best;
  let key = head.key;
  let exact = head.text;
  for (let n = 2; n <= MAX_FORM_TOKENS; n++) {
    const t = tokens[i + n - 1];
    if (!t || t.lineStart) break;
    key += ` ${t.key}`;
    exact += ` ${t.text}`;
    if (!t.word) continue;
    let form = pick(key, exact, false);
    if (!form && t.key.length > 3 && t.key.endsWith('s')) {
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
  if (DOMAIN.test(token.text)) return [];
  const out: Candidate[] = [];
  const pieces = token.text.split('-');
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
function gluedParts(token: Token, i: number): Candidate[] {
  if (!/^[A-Za-z0-9]+$/.test(token.text) || !/[a-z][A-Z]/.test(token.text)) return [];
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
      out.push({ ...candidate(hit.form, i, token.start, last.end, false), last: i + hit.size - 1 });
      i += hit.size - 1;
      continue;
    }
    if (token.text.includes('-') || token.text.slice(1).includes('.')) {
      out.push(...compoundParts(token, i));
    } else {
      out.push(...gluedParts(token, i));
    }
  }
  return out;
}
