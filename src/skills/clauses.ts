import type { Token } from './tokenize.ts';

const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '•', '·']);
// "e.g." and "etc." end no clause.
const ABBREVIATION = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'vs',
  'incl',
  'approx',
  'inc',
  'esp',
]);

/** Whether a mark's key is one of CLAUSE_END, by its character code (no look-up). */
function endsClause(key: string): boolean {
  if (key.length !== 1) return false;
  const c = key.charCodeAt(0);
  return c < 128 ? CLAUSE_END_ASCII[c] === 1 : CLAUSE_END_WIDE.has(c);
}
const CLAUSE_END_ASCII = new Uint8Array(128);
const CLAUSE_END_WIDE = new Set<number>();
for (const m of CLAUSE_END) {
  const c = m.charCodeAt(0);
  if (c < 128) CLAUSE_END_ASCII[c] = 1;
  else CLAUSE_END_WIDE.add(c);
}

/** Clause number of each token: clauses end at . ; : ! ? bullets and line breaks. */
export function clauseIds(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineStart && i > 0) id++;
    ids[i] = id;
    if (!t.word && endsClause(t.key)) {
      const prev = tokens[i - 1];
      const abbreviation = t.key === '.' && prev?.word && ABBREVIATION.has(prev.key);
      if (!abbreviation) id++;
    }
  }
  return ids;
}
