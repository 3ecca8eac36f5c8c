import { z } from 'zod';
import { lookupKey, SKILL_CATEGORIES } from './catalog.ts';

/**
 * The catalog file's rules, checked by catalog.test.ts rather than at load: the content
 * script ships the data and must not pay for a schema library to read it.
 */
const CatalogEntrySchema = z.strictObject({
  name: z.string().min(1).max(60),
  aliases: z.array(z.string().min(1).max(60)).optional(),
  category: z.enum(SKILL_CATEGORIES),
  caseSensitive: z.boolean().optional(),
  ambiguous: z.boolean().optional(),
  context: z.array(z.string().min(2)).optional(),
  everyday: z.boolean().optional(),
});

const trimmed = (s: string) => s === s.trim();

/** Problems in raw catalog data: invalid entries, untrimmed strings, names that clash. */
export function catalogIssues(raw: unknown): string[] {
  if (!Array.isArray(raw)) return ['catalog.json is not an array'];
  const issues: string[] = [];
  const owner = new Map<string, string>();
  raw.forEach((item, i) => {
    const parsed = CatalogEntrySchema.safeParse(item);
    if (!parsed.success) {
      issues.push(`entry ${i}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return;
    }
    const entry = parsed.data;
    const written = [entry.name, ...(entry.aliases ?? [])];
    const untrimmed = written.find((w) => !trimmed(w));
    if (untrimmed !== undefined) issues.push(`entry ${i}: "${untrimmed}" has outer spaces`);
    const clash = written.map(lookupKey).find((k) => owner.has(k) && owner.get(k) !== entry.name);
    if (clash) {
      issues.push(`entry ${i} (${entry.name}): "${clash}" already names ${owner.get(clash)}`);
      return;
    }
    for (const k of written.map(lookupKey)) owner.set(k, entry.name);
  });
  return issues;
}
