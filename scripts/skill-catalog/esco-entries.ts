import type { DraftEntry } from './draft-entry.ts';
import { isNameShaped, stripQualifier } from './name-rules.ts';

/** ESCO digital-collection group labels (broaderConceptPT) to catalog categories. */
const CATEGORY_BY_GROUP: ReadonlyArray<readonly [RegExp, string]> = [
  [/programming|computer languages?/i, 'language'],
  [/database/i, 'database'],
  [/operating system/i, 'platform'],
  [/testing/i, 'testing'],
  [/security|penetration/i, 'security'],
  [/configuration management|devops/i, 'devops'],
];

const labelsOf = (row: Record<string, string>): string[] =>
  [row.preferredLabel ?? '', ...(row.altLabels ?? '').split('\n')]
    .map(stripQualifier)
    .filter((l) => l !== '');

/**
 * ESCO concepts kept as skills: "knowledge" concepts of the digital skills collection whose
 * preferred label is a name (name-rules.ts), not a company (an O*NET vendor: "Cisco") and not
 * a law; skill/competence concepts are activities ("use spreadsheets software") and are never
 * kept. Name-shaped alternative labels, and the French
 * and Spanish labels of the same concept (joined on conceptUri), become aliases.
 */
export function escoEntries(
  digital: ReadonlyArray<Record<string, string>>,
  otherLanguages: ReadonlyArray<ReadonlyArray<Record<string, string>>>,
  isCompany: (name: string) => boolean,
): DraftEntry[] {
  const translated = new Map<string, string[]>();
  for (const table of otherLanguages) {
    for (const row of table) {
      const uri = row.conceptUri ?? '';
      translated.set(uri, [...(translated.get(uri) ?? []), ...labelsOf(row)]);
    }
  }
  const out: DraftEntry[] = [];
  for (const row of digital) {
    if (row.skillType !== 'knowledge') continue;
    const name = stripQualifier(row.preferredLabel ?? '');
    if (!isNameShaped(name) || isCompany(name)) continue;
    // A law or a regulation ("GDPR") is knowledge, not a technology a posting asks for.
    if (/\b(?:regulation|legislation|law)\b/i.test(row.description ?? '')) continue;
    const others = [...labelsOf(row).slice(1), ...(translated.get(row.conceptUri ?? '') ?? [])]
      // "PHP 5.3", "Visio 2010": a version of the name, which the matcher reads as the name.
      .filter((l) => !/\s?\d+(?:\.\d+)*$/.test(l) || !/[A-Za-z]/.test(l.replace(/\d/g, '')));
    const group = row.broaderConceptPT ?? '';
    out.push({
      name,
      forms: [...new Set(others.filter((l) => l !== name && isNameShaped(l)))],
      category: CATEGORY_BY_GROUP.find(([re]) => re.test(group))?.[1] ?? 'tool',
      hot: false,
      wanted: false,
      identity: [],
      vendor: null,
      source: 'esco',
    });
  }
  return out;
}
