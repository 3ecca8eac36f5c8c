import { canonicalSkillName } from '../skills/catalog.ts';

/**
 * The key two skill names are compared by: the catalog's canonical name, lower-cased, so
 * "golang" meets "Go" and "k8s" meets "Kubernetes". A name the catalog does not know (or a
 * catalog failure) falls back to the trimmed name, so unknown skills still match themselves.
 */
export function skillKey(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  let canonical = trimmed;
  try {
    const found = canonicalSkillName(trimmed);
    if (typeof found === 'string' && found.trim() !== '') canonical = found.trim();
  } catch {
    // The catalog must never take the score down with it.
  }
  return canonical.toLowerCase();
}
