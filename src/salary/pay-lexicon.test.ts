import { describe, expect, it } from 'vitest';
import { mayHoldPayStem, payCompound } from './pay-lexicon.ts';

describe('mayHoldPayStem (the cheap test before the compound search)', () => {
  const compounds = [
    'Monatsgehalt',
    'BRUTTOJAHRESGEHALT',
    'Stundenlohn',
    'Gesamtvergütung',
    'JAHRESVERGÜTUNG',
    'Grundentgelt',
    'Jahresverdienst',
    'bruttomaandsalaris',
    'Uurloon',
    'Zusatzgehälter',
  ];

  it('never turns away a word payCompound reads as pay, in any case', () => {
    for (const w of compounds) {
      expect(payCompound(w.toLowerCase()), w).not.toBeNull();
      expect(mayHoldPayStem(w), w).toBe(true);
    }
  });

  it('turns away ordinary long words of English prose', () => {
    for (const w of ['engineering', 'Kubernetes', 'CUSTOMERS', 'throughput', 'platform']) {
      expect(mayHoldPayStem(w), w).toBe(false);
      expect(payCompound(w.toLowerCase()), w).toBeNull();
    }
  });

  it('lets every word with a char beyond ASCII through to the exact test', () => {
    expect(mayHoldPayStem('Straßenbahn')).toBe(true);
    expect(payCompound('straßenbahn')).toBeNull();
  });
});
