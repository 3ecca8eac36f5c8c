import { type CatalogEntry, lookupKey } from '../../src/skills/catalog.ts';

export interface TaxonomyLayer {
  /** Extra any-case aliases for entries of the curated layers, by their name. */
  extends: Record<string, string[]>;
  entries: CatalogEntry[];
}

/** Aliases safe to hang on an entry someone else curated: lower-case, no context marker. */
const plain = (form: string) => !form.startsWith('~') && form === form.toLowerCase();

/** A generated entry, and whether its aliases may be lent to an entry it meets. */
export interface Generated {
  entry: CatalogEntry;
  lends: boolean;
  /** Its forms as the taxonomy wrote them, matched or not: what identifies the product. */
  identity: string[];
}

/**
 * Does a form, as the taxonomy wrote it, name this entry? Same key, and for an entry matched
 * only in its own case ("Nx", the build tool) the same case too ("NX" is another product).
 */
function names(entry: CatalogEntry, form: string): boolean {
  const written = [entry.name, ...entry.aliases].map((f) => f.replace(/^~/, ''));
  const key = lookupKey(form);
  const same = written.filter((f) => lookupKey(f) === key);
  // The key is owned through an alias lent earlier: the same product.
  if (same.length === 0) return true;
  return !entry.caseSensitive || same.some((f) => f === form || f === f.toLowerCase());
}

/**
 * Generated entries under the curated layers (curated catalog, then credentials): a generated
 * entry that shares any written form with a curated one only lends it its other plain
 * aliases (when `lends`); the curated entry keeps its name, category, case and context rules.
 * Among generated entries the first (most widely named) wins the same way.
 */
export function mergeLayers(
  curated: readonly CatalogEntry[],
  generated: readonly Generated[],
): TaxonomyLayer {
  const owner = new Map<string, { entry: CatalogEntry; curated: boolean }>();
  for (const entry of curated) {
    for (const form of [entry.name, ...entry.aliases]) {
      owner.set(lookupKey(form), { entry, curated: true });
    }
  }
  const extendsByName = new Map<string, string[]>();
  const entries: CatalogEntry[] = [];
  for (const { entry, lends, identity } of generated) {
    const forms = [entry.name, ...entry.aliases];
    const taken = [...identity, ...forms]
      .map((f) => {
        const o = owner.get(lookupKey(f));
        return o && names(o.entry, f.replace(/^~/, '')) ? o : undefined;
      })
      .find(Boolean);
    if (!taken) {
      // A form another entry owns in another case ("AWK" beside the curated "Awk") goes; an
      // entry whose name is owned so is left out.
      if (owner.has(lookupKey(entry.name))) continue;
      const aliases = entry.aliases.filter((a) => !owner.has(lookupKey(a)));
      const own = { ...entry, aliases };
      entries.push(own);
      for (const f of [own.name, ...aliases])
        owner.set(lookupKey(f), { entry: own, curated: false });
      continue;
    }
    if (!lends) continue;
    const lend = [...new Set(forms.map((f) => (f === entry.name ? f.toLowerCase() : f)))].filter(
      (f) => plain(f) && !owner.has(lookupKey(f)),
    );
    for (const f of lend) {
      owner.set(lookupKey(f), taken);
      if (taken.curated) {
        const list = extendsByName.get(taken.entry.name) ?? [];
        list.push(f);
        extendsByName.set(taken.entry.name, list);
      } else taken.entry.aliases.push(f);
    }
  }
  return { extends: Object.fromEntries(extendsByName), entries };
}
