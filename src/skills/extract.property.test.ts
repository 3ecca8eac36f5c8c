import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SkillMention } from '../schema/skill.ts';
import { extractSkills } from './extract.ts';

// Text built from catalog names, ordinary words that collide with them, and punctuation.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Go',
    'go',
    'R',
    'C',
    'C++',
    'C#',
    '.NET',
    'Node.js',
    'Spark',
    'spark',
    'HadoopSpark',
    'R&D',
    'Series C',
    'k8s',
    'Make',
    'make.com',
    'Room',
    'hilt',
    '5+ years of',
    '(3 years)',
    'preferred',
    'is a plus',
    'Requirements:',
    '## Nice to have',
    '- ',
    ', ',
    '/',
    '\n',
    'https://x.io/go',
    'Kotlin',
    'scikit-learn',
    'one (1) year',
    'must have',
    'we use',
    '’s',
    'e.g.',
    '3-5',
  ),
);

describe('extractSkills (property)', () => {
  it('never throws and returns valid, unique, bounded mentions', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.constantFrom(' ', '', '\n'),
        (parts, sep) => {
          const out = extractSkills(parts.join(sep));
          const names = new Set<string>();
          for (const m of out) {
            expect(SkillMention.safeParse(m).success).toBe(true);
            expect(m.evidence.length).toBeLessThanOrEqual(200);
            expect(names.has(m.name)).toBe(false);
            names.add(m.name);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('stays linear on a megabyte of adversarial text', () => {
    for (const text of [
      'Go, '.repeat(250_000),
      'x-'.repeat(500_000),
      'aA'.repeat(500_000),
      '5+ years of Python '.repeat(50_000),
    ]) {
      const t0 = performance.now();
      extractSkills(text);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
