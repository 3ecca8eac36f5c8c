import { z } from 'zod';
import rawCatalog from './catalog.json' with { type: 'json' };

export const SkillCategory = z.enum([
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'data',
  'ml',
  'tool',
  'platform',
  'method',
  'mobile',
  'testing',
  'security',
  'standard',
]);
export type SkillCategory = z.infer<typeof SkillCategory>;

/**
 * One catalog entry. `caseSensitive`: the name, and every alias written with a capital, must
 * appear in that case (lower-case aliases still match any case). `ambiguous`: the name, if a
 * single plain word, needs tech context (a list of other skills, "experience with X", ...).
 * An alias with a leading "~" needs that context whatever the entry says (React's "~react":
 * "React" is safe, lower-case "react" only in a list). `context`: words whose presence nearby
 * also counts as tech context ("android" for Room).
 */
export const CatalogEntry = z.object({
  name: z.string().trim().min(1).max(60),
  aliases: z.array(z.string().trim().min(1).max(60)).default([]),
  category: SkillCategory,
  caseSensitive: z.boolean().optional(),
  ambiguous: z.boolean().optional(),
  context: z.array(z.string().min(2)).optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

/** Lower-case lookup key of a name or alias: "~" marker dropped, whitespace collapsed. */
export function lookupKey(name: string): string {
  return name.replace(/^~/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

function loadCatalog(raw: unknown): { entries: CatalogEntry[]; issues: string[] } {
  const issues: string[] = [];
  const entries: CatalogEntry[] = [];
  const owner = new Map<string, string>();
  if (!Array.isArray(raw)) return { entries, issues: ['catalog.json is not an array'] };
  raw.forEach((item, i) => {
    const parsed = CatalogEntry.safeParse(item);
    if (!parsed.success) {
      issues.push(`entry ${i}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return;
    }
    const entry = parsed.data;
    const clash = [entry.name, ...entry.aliases]
      .map(lookupKey)
      .find((k) => owner.has(k) && owner.get(k) !== entry.name);
    if (clash) {
      issues.push(`entry ${i} (${entry.name}): "${clash}" already names ${owner.get(clash)}`);
      return;
    }
    for (const k of [entry.name, ...entry.aliases].map(lookupKey)) owner.set(k, entry.name);
    entries.push(entry);
  });
  return { entries, issues };
}

const loaded = loadCatalog(rawCatalog);

/** Every valid catalog entry, in catalog order. */
export const CATALOG: readonly CatalogEntry[] = loaded.entries;
/** Problems found while loading the catalog; empty for a healthy catalog (a test checks). */
export const CATALOG_ISSUES: readonly string[] = loaded.issues;
export const SKILL_COUNT: number = CATALOG.length;

const byKey = new Map<string, CatalogEntry>();
for (const entry of CATALOG) {
  for (const k of [entry.name, ...entry.aliases].map(lookupKey)) byKey.set(k, entry);
}

/** The entry a name or alias names, case-insensitively ("nodejs" -> Node.js), or null. */
export function findSkill(nameOrAlias: string): CatalogEntry | null {
  if (typeof nameOrAlias !== 'string') return null;
  return byKey.get(lookupKey(nameOrAlias)) ?? null;
}

/** An entry's aliases as people write them, for display: the "~" context marker removed. */
export function plainAliases(entry: CatalogEntry): string[] {
  return entry.aliases.map((a) => a.replace(/^~/, ''));
}

/** Canonical catalog name for a name or alias; unknown names come back trimmed as given. */
export function canonicalSkillName(name: string): string {
  if (typeof name !== 'string') return '';
  return findSkill(name)?.name ?? name.trim();
}

/**
 * Autocomplete over names and aliases: exact hits first, then names starting with the query,
 * aliases starting with it, and names or aliases containing it; catalog order within each.
 */
export function searchSkills(query: string, limit = 10): CatalogEntry[] {
  if (typeof query !== 'string') return [];
  const q = lookupKey(query);
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 10;
  if (q === '' || max === 0) return [];
  const ranked: CatalogEntry[][] = [[], [], [], []];
  for (const entry of CATALOG) {
    const name = lookupKey(entry.name);
    const aliases = entry.aliases.map(lookupKey);
    let rank = -1;
    if (name === q || aliases.includes(q)) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (aliases.some((a) => a.startsWith(q))) rank = 2;
    else if (name.includes(q) || aliases.some((a) => a.includes(q))) rank = 3;
    if (rank >= 0) ranked[rank]?.push(entry);
  }
  return ranked.flat().slice(0, max);
}
