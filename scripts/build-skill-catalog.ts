/**
 * Builds src/skills/catalog-taxonomy.json, the catalog's generated layer, from the public
 * taxonomies in ../shared/taxonomy (O*NET 29.3 Technology Skills, ESCO digital skills with
 * French and Spanish labels). The raw taxonomies are read, never copied into the project.
 *
 *   npm run build:skills [-- --taxonomy DIR] [--min-occupations N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CatalogEntry } from '../src/skills/catalog.ts';
import { escoEntries } from './skill-catalog/esco-entries.ts';
import { type Generated, mergeLayers } from './skill-catalog/merge-layers.ts';
import { cleanLabel } from './skill-catalog/name-rules.ts';
import { onetEntries, vendorsOf } from './skill-catalog/onet-entries.ts';
import { readTable } from './skill-catalog/read-table.ts';
import { formKind, type OrdinaryWords, shapeEntry } from './skill-catalog/shape-entry.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const taxonomy = resolve(root, option('--taxonomy', '../shared/taxonomy'));
const minOccupations = Number(option('--min-occupations', '3'));
const out = join(root, 'src/skills/catalog-taxonomy.json');

const read = (path: string) => readFileSync(join(taxonomy, path), 'utf8');
const tsv = (path: string) => readTable(read(path), '\t');
const csv = (path: string) => readTable(read(path), ',');

/**
 * Ordinary English words: written in lower case more often than capitalised mid-phrase in the
 * taxonomies' own English text (descriptions and labels of ESCO skills and occupations, O*NET
 * occupation descriptions). "word", "teams", "debugging" are; "microsoft", "python" are not.
 */
function ordinaryWords(tables: ReadonlyArray<ReadonlyArray<Record<string, string>>>) {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const table of tables) {
    for (const row of table) {
      for (const field of ['description', 'Description', 'preferredLabel', 'altLabels']) {
        for (const phrase of (row[field] ?? '').split(/[.!?:;\n]\s*/)) {
          const words = phrase.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
          words.forEach((w, i) => {
            const key = w.toLowerCase();
            if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
            else if (i > 0 && /^[A-Z][a-z]/.test(w)) capital.set(key, (capital.get(key) ?? 0) + 1);
          });
        }
      }
    }
  }
  return new Set([...lower].filter(([w, n]) => n > (capital.get(w) ?? 0)).map(([w]) => w));
}

function main(): void {
  const escoSkills = csv('esco/esco_v1.1.1_skills_en.csv');
  const escoOccupations = csv('esco/esco_v1.1.1_occupations_en.csv');
  const onetOccupations = tsv('onet/Occupation Data.txt');
  const technology = tsv('onet/Technology Skills.txt');
  // O*NET's commodity titles are plain descriptions: every word in them is an ordinary word.
  const commodities = [...new Set(technology.map((r) => r['Commodity Title'] ?? ''))].map(
    (title) => ({ description: `the ${title.toLowerCase()}` }),
  );
  const ordinary: OrdinaryWords = new Set([
    ...ordinaryWords([escoSkills, escoOccupations, onetOccupations]),
    ...commodities.flatMap((c) => c.description.match(/[a-z]+/g) ?? []),
  ]);

  const vendors = vendorsOf([...new Set(technology.map((r) => cleanLabel(r.Example ?? '')))]);
  const drafts = [
    ...onetEntries(technology, {
      minOccupations,
      plainWords: (phrase) => formKind(phrase, ordinary) !== 'any',
    }),
    ...escoEntries(
      csv('esco/esco_v1.2.0_digitalSkillsCollection_en.csv'),
      [csv('esco/esco_v1.0.x_skills_fr.csv'), csv('esco/esco_v1.0.x_skills_es.csv')],
      (name) => vendors.has(name) || [...vendors].some((v) => v.startsWith(`${name} `)),
    ),
  ];
  // O*NET's forms are product names as vendors write them ("Intuit QuickBooks"), lent to the
  // curated entries they meet; ESCO's alternative labels are looser (old names, related
  // projects) and only serve ESCO's own new entries.
  const shaped: Generated[] = [];
  for (const draft of drafts) {
    const entry = shapeEntry(draft, ordinary);
    const identity = [draft.name, ...draft.forms, ...draft.identity];
    if (entry) shaped.push({ entry, lends: draft.source === 'onet', identity });
  }
  const curated = [
    ...(JSON.parse(readFileSync(join(root, 'src/skills/catalog.json'), 'utf8')) as CatalogEntry[]),
    ...(JSON.parse(
      readFileSync(join(root, 'src/skills/credentials.json'), 'utf8'),
    ) as CatalogEntry[]),
  ].map((e) => ({ ...e, aliases: e.aliases ?? [] }));
  const layer = mergeLayers(curated, shaped);
  const compact = layer.entries.map((e) =>
    e.aliases.length > 0 ? e : (({ aliases: _, ...rest }) => rest)(e),
  );
  // One entry per line: small diffs when a taxonomy release changes a few rows.
  const body = [
    '{',
    `"extends": ${JSON.stringify(layer.extends)},`,
    '"entries": [',
    compact.map((e) => JSON.stringify(e)).join(',\n'),
    ']',
    '}',
  ].join('\n');
  writeFileSync(out, `${body}\n`);
  process.stdout.write(
    `${drafts.length} drafts, ${shaped.length} kept by the shape rules, ${layer.entries.length} new entries, ` +
      `${Object.keys(layer.extends).length} curated entries extended -> ${out}\n`,
  );
}

main();
