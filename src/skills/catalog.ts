import rawCatalog from './catalog.json' with { type: 'json' };
import rawTaxonomy from './catalog-taxonomy.json' with { type: 'json' };
import rawCredentials from './credentials.json' with { type: 'json' };

export const SKILL_CATEGORIES = [
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
  'certification',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/**
 * One catalog entry. `caseSensitive`: the name, and every alias written with a capital, must
 * appear in that case (lower-case aliases still match any case). `ambiguous`: the name, if a
 * single plain word, needs tech context (a list of other skills, "experience with X", ...).
 * An alias with a leading "~" needs that context whatever the entry says (React's "~react":
 * "React" is safe, lower-case "react" only in a list). `context`: words whose presence nearby
 * also counts as tech context ("android" for Room).
 */
export interface CatalogEntry {
  name: string;
  aliases: string[];
  category: SkillCategory;
  caseSensitive?: boolean;
  ambiguous?: boolean;
  context?: string[];
}

/** Lower-case lookup key of a name or alias: "~" marker dropped, whitespace collapsed. */
export function lookupKey(name: string): string {
  return name.replace(/^~/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

// The files are data we ship and test (catalog-check.ts, run by catalog.test.ts), so they are
// trusted here: no schema library runs in the content script at start-up.
export type RawEntry = Omit<CatalogEntry, 'aliases'> & { aliases?: string[] };
/** The generated layer (scripts/build-skill-catalog.ts): new entries, and aliases it lends. */
export interface RawTaxonomy {
  extends: Record<string, string[]>;
  entries: RawEntry[];
}

/**
 * The catalog's layers, top first: the curated catalog, the curated licences and
 * certifications, then entries generated from public taxonomies (O*NET, ESCO). The generated
 * layer never overrides a curated entry; it only lends it aliases (`extends`).
 */
export function layeredCatalog(
  curated: readonly RawEntry[],
  credentials: readonly RawEntry[],
  taxonomy: RawTaxonomy,
): CatalogEntry[] {
  const lent = taxonomy.extends;
  return [...curated, ...credentials, ...taxonomy.entries].map((e) => {
    const extra = Object.hasOwn(lent, e.name) ? (lent[e.name] ?? []) : [];
    return { ...e, aliases: [...(e.aliases ?? []), ...extra] };
  });
}

/** Every catalog entry, in catalog order. */
export const CATALOG: readonly CatalogEntry[] = layeredCatalog(
  rawCatalog as unknown as RawEntry[],
  rawCredentials as unknown as RawEntry[],
  rawTaxonomy as unknown as RawTaxonomy,
);
export const SKILL_COUNT: number = CATALOG.length;

let byKey: Map<string, CatalogEntry> | null = null;

/** Name and alias keys to entries, built on first use. */
function keyIndex(): Map<string, CatalogEntry> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const entry of CATALOG) {
    for (const k of [entry.name, ...entry.aliases].map(lookupKey)) byKey.set(k, entry);
  }
  return byKey;
}

/** The entry a name or alias names, case-insensitively ("nodejs" -> Node.js), or null. */
export function findSkill(nameOrAlias: string): CatalogEntry | null {
  if (typeof nameOrAlias !== 'string') return null;
  return keyIndex().get(lookupKey(nameOrAlias)) ?? null;
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
