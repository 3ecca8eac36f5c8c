import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';

/** A monthly salary paid 13 or 14 times: monthly stays monthly, the annual figure counts them. */
describe('extractSalaries: payments per year', () => {
  it.each<[string, string, [number, number], [number, number]]>([
    [
      'French "sur 13 mois"',
      'Rémunération : 2 800 € brut mensuel sur 13 mois',
      [2_800, 2_800],
      [36_400, 36_400],
    ],
    [
      'Spanish "x 14 pagas"',
      'Salario: 1.900 - 2.100 € brutos mensuales x 14 pagas',
      [1_900, 2_100],
      [26_600, 29_400],
    ],
    [
      'Italian "su 14 mensilità"',
      'Retribuzione: 2.300 € lordi al mese su 14 mensilità',
      [2_300, 2_300],
      [32_200, 32_200],
    ],
    [
      'German "13 Monatsgehälter"',
      'Gehalt: 3.900 € brutto im Monat, 13 Monatsgehälter',
      [3_900, 3_900],
      [50_700, 50_700],
    ],
  ])('%s', (_name, text, [min, max], [aMin, aMax]) => {
    const [r] = extractSalaries(normalizeText(text));
    expect(r).toMatchObject({ min, max, period: 'month', annual: { min: aMin, max: aMax } });
  });

  it.each<[string, string, string, number]>([
    [
      'a contract length is no payment count',
      '1.800 € al mes. Contrato de 14 meses',
      'month',
      21_600,
    ],
    [
      'a yearly figure in 14 payments stays the year',
      'Salario 31.000 € brutos anuales en 14 pagas',
      'year',
      31_000,
    ],
    ['a count out of range is ignored', 'Salaire 2 500 € par mois sur 24 mois', 'month', 30_000],
  ])('%s', (_name, text, period, annual) => {
    const [r] = extractSalaries(normalizeText(text));
    expect(r).toMatchObject({ period, annual: { min: annual } });
  });
});
