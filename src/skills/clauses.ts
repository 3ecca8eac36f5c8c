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

/** Clause number of each token: clauses end at . ; : ! ? bullets and line breaks. */
export function clauseIds(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineStart && i > 0) id++;
    ids[i] = id;
    if (!t.word && CLAUSE_END.has(t.key)) {
      const prev = tokens[i - 1];
      const abbreviation = t.key === '.' && prev?.word && ABBREVIATION.has(prev.key);
      if (!abbreviation) id++;
    }
  }
  return ids;
}
