import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SkillImportance } from '../schema/skill.ts';
import { normalizeText } from '../text/normalize.ts';
import { extractSkills } from './extract.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);

function seed(prefix: string): Map<string, SkillImportance> {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const text = normalizeText(readFileSync(new URL(file, SEEDS), 'utf8'));
  return new Map(extractSkills(text).map((s) => [s.name, s.importance]));
}

describe('skills in the seed postings', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      '000',
      ['C++', 'Java', 'Python', 'Hadoop', 'Spark', 'Kubernetes'],
      ['C++', 'Java', 'Python'],
      [],
    ],
    [
      '001',
      [
        'Java',
        'Python',
        'AWS',
        'Scala',
        'Spark',
        'Git',
        'PyTorch',
        'scikit-learn',
        'TensorFlow',
        'SQL',
      ],
      [
        'Java',
        'Python',
        'AWS',
        'Scala',
        'Spark',
        'Git',
        'PyTorch',
        'scikit-learn',
        'TensorFlow',
        'SQL',
      ],
      [],
    ],
    [
      '002',
      [
        'Java',
        'Python',
        'PyTorch',
        'TensorFlow',
        'Spark',
        'Hive',
        'MapReduce',
        'SQL',
        'Deep Learning',
        'Generative AI',
      ],
      ['Java', 'Python', 'PyTorch', 'TensorFlow', 'Spark', 'Hive', 'MapReduce', 'SQL'],
      ['Deep Learning', 'Generative AI'],
    ],
    [
      '004',
      ['Java', 'C', 'Python', 'TensorFlow', 'PyTorch', 'MLflow', 'Hadoop', 'Spark'],
      ['Java', 'C', 'Python', 'TensorFlow', 'PyTorch', 'MLflow', 'Hadoop', 'Spark'],
      [],
    ],
  ])('seed %s', (prefix, found, required, preferred) => {
    const got = seed(prefix);
    for (const n of found) expect(got.has(n), n).toBe(true);
    for (const n of required) expect(got.get(n), n).toBe('required');
    for (const n of preferred) expect(got.get(n), n).toBe('preferred');
  });

  it('finds no concrete technology in seed 003, which names none', () => {
    const got = [...seed('003').keys()];
    expect(got.filter((n) => n !== 'Machine Learning')).toEqual([]);
  });
});
