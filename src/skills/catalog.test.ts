import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import rawCatalog from './catalog.json' with { type: 'json' };
import {
  CATALOG,
  canonicalSkillName,
  findSkill,
  layeredCatalog,
  plainAliases,
  type RawEntry,
  type RawTaxonomy,
  SKILL_COUNT,
  searchSkills,
} from './catalog.ts';
import { catalogIssues } from './catalog-check.ts';
import rawTaxonomy from './catalog-taxonomy.json' with { type: 'json' };
import rawCredentials from './credentials.json' with { type: 'json' };

describe('catalog data', () => {
  it('loads without issues and has at least 650 entries', () => {
    expect(catalogIssues(rawCatalog)).toEqual([]);
    expect(SKILL_COUNT).toBeGreaterThanOrEqual(650);
    expect(SKILL_COUNT).toBe(CATALOG.length);
  });

  it('has no issue across its layers: no alias names two entries, none is untrimmed', () => {
    expect(catalogIssues(rawCredentials)).toEqual([]);
    expect(catalogIssues(CATALOG)).toEqual([]);
    expect(SKILL_COUNT).toBeGreaterThan(rawCatalog.length + rawCredentials.length + 400);
  });

  it('lends taxonomy aliases only to curated entries that exist', () => {
    const taxonomy = rawTaxonomy as unknown as RawTaxonomy;
    const names = new Set([...rawCatalog, ...rawCredentials].map((e) => e.name));
    for (const name of Object.keys(taxonomy.extends)) expect(names.has(name), name).toBe(true);
  });

  it('keeps the curated layers on top: a generated entry never renames a curated one', () => {
    const curated = [{ name: 'Jira', aliases: ['jira software'], category: 'tool' }] as RawEntry[];
    const merged = layeredCatalog(curated, [], {
      extends: { Jira: ['atlassian jira'] },
      entries: [{ name: 'Yardi', category: 'tool' }],
    });
    expect(merged.map((e) => e.name)).toEqual(['Jira', 'Yardi']);
    expect(merged[0]?.aliases).toEqual(['jira software', 'atlassian jira']);
  });

  it('stays small enough to ship in the content script', () => {
    const size = (file: string) =>
      gzipSync(readFileSync(new URL(file, import.meta.url)), { level: 9 }).length;
    expect(size('./catalog.json')).toBeLessThan(16_000);
    expect(size('./credentials.json')).toBeLessThan(4_000);
    expect(size('./catalog-taxonomy.json')).toBeLessThan(14_000);
  });

  it('holds no generic phrase: soft skills and kinds of software are not skills', () => {
    const generic = [
      'communication',
      'teamwork',
      'customer service',
      'leadership',
      'problem solving',
      'time management',
      'attention to detail',
      'accounting software',
      'spreadsheet',
      'spreadsheet software',
      'customer relationship management',
      'CRM',
      'ERP',
      'word processing',
      'project management software',
      'database',
      'debugging',
      'videoconferencing',
    ];
    for (const phrase of generic) expect(findSkill(phrase), phrase).toBeNull();
    const generated = (rawTaxonomy as unknown as RawTaxonomy).entries as RawEntry[];
    for (const entry of [...generated, ...(rawCredentials as RawEntry[])]) {
      for (const form of [entry.name, ...(entry.aliases ?? [])].map((f) => f.replace(/^~/, ''))) {
        expect(/^[A-Z]?[a-z]+ (software|skills|development)$/.test(form), form).toBe(false);
      }
    }
  });

  it('names licences, certifications and tools of every job family', () => {
    const expected: Array<[string, string]> = [
      ['RN license', 'RN license'],
      ['registered nurse license', 'RN license'],
      ['Class A CDL', 'CDL Class A'],
      ["driver's licence", "Driver's license"],
      ['forklift license', 'Forklift certification'],
      ['BLS', 'BLS certification'],
      ['certified public accountant', 'CPA'],
      ['ServSafe', 'ServSafe'],
      ['Microsoft Word', 'Microsoft Word'],
      ['Microsoft Outlook', 'Microsoft Outlook'],
      ['Intuit QuickBooks', 'QuickBooks'],
      ['Adobe Premiere Pro', 'Premiere Pro'],
      ['ADP Workforce Now', 'ADP Workforce Now'],
    ];
    for (const [alias, name] of expected) expect(findSkill(alias)?.name, alias).toBe(name);
  });

  it('flags every ordinary-word name the matcher must treat with care', () => {
    const names = [
      'Go',
      'R',
      'C',
      'Spark',
      'Ray',
      'Make',
      'Room',
      'Hilt',
      'Helm',
      'Pants',
      'Poetry',
      'Prefect',
      'Glean',
      'Atlantis',
      'Spanner',
      'Chef',
      'Puppet',
      'Swift',
      'Rust',
      'Dart',
      'Flask',
      'Express',
    ];
    for (const name of names) expect(findSkill(name)?.ambiguous, name).toBe(true);
    expect(findSkill('Next.js')?.aliases).toContain('~next');
  });

  it('covers the cloud services postings name', () => {
    const names = [
      'AWS Lambda',
      'Amazon SQS',
      'Amazon EKS',
      'Amazon Redshift',
      'Google Cloud',
      'GCP',
      'Cloud SQL',
      'Bigtable',
      'Pub/Sub',
      'GKE',
      'AKS',
      'HL7',
      'FHIR',
      'Workato',
      'Jetpack Compose',
    ];
    for (const name of names) expect(findSkill(name), name).not.toBeNull();
  });
});

describe('findSkill / canonicalSkillName', () => {
  it.each([
    ['nodejs', 'Node.js'],
    ['NODE.JS', 'Node.js'],
    ['golang', 'Go'],
    ['k8s', 'Kubernetes'],
    ['sklearn', 'scikit-learn'],
    ['Scikit-Learn', 'scikit-learn'],
    ['postgres', 'PostgreSQL'],
    ['GCP', 'Google Cloud'],
    ['  Tensorflow  ', 'TensorFlow'],
    ['mlflow', 'MLflow'],
    ['next', 'Next.js'],
    ['Pub/Sub', 'Pub/Sub'],
    ['pubsub', 'Pub/Sub'],
  ])('%j -> %s', (input, name) => {
    expect(findSkill(input)?.name).toBe(name);
    expect(canonicalSkillName(input)).toBe(name);
  });

  it('returns unknown names trimmed as given, and null from findSkill', () => {
    expect(findSkill('Underwater basket weaving')).toBeNull();
    expect(canonicalSkillName('  Underwater basket weaving ')).toBe('Underwater basket weaving');
    expect(findSkill(undefined as unknown as string)).toBeNull();
    expect(canonicalSkillName(null as unknown as string)).toBe('');
  });
});

describe('searchSkills', () => {
  it('puts exact hits, then name prefixes, then alias prefixes, then substrings', () => {
    const names = searchSkills('java', 10).map((e) => e.name);
    expect(names[0]).toBe('Java');
    expect(names).toContain('JavaScript');
    const kube = searchSkills('kube').map((e) => e.name);
    expect(kube.slice(0, 2).sort()).toEqual(['Kubeflow', 'Kubernetes']);
    expect(searchSkills('k8s')[0]?.name).toBe('Kubernetes');
    const sql = searchSkills('sql', 50).map((e) => e.name);
    expect(sql[0]).toBe('SQL');
    expect(sql.indexOf('SQLite')).toBeLessThan(sql.indexOf('PostgreSQL'));
  });

  it('offers aliases for display without the context marker', () => {
    const node = findSkill('Node.js');
    expect(node && plainAliases(node)).toContain('node');
    expect(node && plainAliases(node).some((a) => a.startsWith('~'))).toBe(false);
  });

  it('respects the limit and gives nothing for an empty query', () => {
    expect(searchSkills('a', 3)).toHaveLength(3);
    expect(searchSkills('')).toEqual([]);
    expect(searchSkills('   ')).toEqual([]);
    expect(searchSkills('python', 0)).toEqual([]);
    expect(searchSkills(7 as unknown as string)).toEqual([]);
  });
});

describe('catalogIssues', () => {
  it.each([
    ['not an array', { name: 'Go' }, /not an array/],
    ['unknown category', [{ name: 'Go', category: 'toy' }], /entry 0/],
    ['empty name', [{ name: '', category: 'language' }], /entry 0/],
    ['unknown field', [{ name: 'Go', category: 'language', caseSensitve: true }], /entry 0/],
    ['outer spaces', [{ name: ' Go', category: 'language' }], /outer spaces/],
    [
      'clashing alias',
      [
        { name: 'Go', aliases: ['golang'], category: 'language' },
        { name: 'Golang Tools', aliases: ['golang'], category: 'tool' },
      ],
      /already names Go/,
    ],
  ])('reports %s', (_name, raw, message) => {
    expect(catalogIssues(raw).join('\n')).toMatch(message);
  });

  it('finds nothing wrong in a clean entry', () => {
    expect(catalogIssues([{ name: 'Go', aliases: ['golang'], category: 'language' }])).toEqual([]);
  });
});
