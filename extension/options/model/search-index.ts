import type { RoleRow } from './role-rows.ts';
import { skillSearchText } from './skill-keys.ts';

/** Lower case without accents, so "Zürich" is found by "zurich". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One searchable string per row: title, company and every skill with its aliases. */
export function buildSearchIndex(rows: readonly RoleRow[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) {
    const { required, preferred, mentioned } = row.entry;
    const skills = [...required, ...preferred, ...mentioned].map(skillSearchText).join(' ');
    index.set(row.key, fold(`${row.title} ${row.company} ${skills}`));
  }
  return index;
}

/** The search index, built on first call and kept: a page that never searches never pays. */
export function lazySearchIndex(rows: readonly RoleRow[]): () => Map<string, string> {
  let index: Map<string, string> | null = null;
  return () => {
    index ??= buildSearchIndex(rows);
    return index;
  };
}

/** The words of a query; a row matches when it contains every one. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((t) => t !== '');
}

export function matchesTerms(text: string | undefined, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  if (text === undefined) return false;
  return terms.every((t) => text.includes(t));
}
