import { describe, expect, it } from 'vitest';
import { SalaryRange } from '../schema/salary.ts';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';

type Row = [number | null, number | null, string, string];

function read(text: string, defaultCurrency?: string): Row[] {
  return extractSalaries(normalizeText(text), { defaultCurrency }).map((r) => {
    expect(SalaryRange.safeParse(r).success).toBe(true);
    return [r.min, r.max, r.currency, r.period];
  });
}

describe('extractSalaries: pay in other languages', () => {
  it.each<[string, string, Row]>([
    [
      'German range "zwischen … und"',
      'Das Gehalt liegt zwischen 52.000 und 61.000 € brutto.',
      [52_000, 61_000, 'EUR', 'year'],
    ],
    [
      'German open maximum "bis zu"',
      'Wir zahlen ein Monatsgehalt von bis zu 4.100 €.',
      [null, 4_100, 'EUR', 'month'],
    ],
    ['German open minimum "ab"', 'Vergütung: ab 58.000 EUR im Jahr', [58_000, null, 'EUR', 'year']],
    [
      'German compound pay word',
      'Bruttojahresgehalt ca. 48.500–53.000 Euro je nach Profil',
      [48_500, 53_000, 'EUR', 'year'],
    ],
    [
      'French K€ with "entre … et"',
      'Un salaire entre 38 K€ et 44 K€ brut annuel.',
      [38_000, 44_000, 'EUR', 'year'],
    ],
    ['French "KE" word', 'Rémunération (33 à 39 KE) selon profil', [33_000, 39_000, 'EUR', 'year']],
    [
      'French hourly "de l\'heure"',
      "Salaire : de 13 euros à 17 euros de l'heure",
      [13, 17, 'EUR', 'hour'],
    ],
    [
      'French TJM open minimum',
      'TJM : à partir de 550 EUR selon profil',
      [550, null, 'EUR', 'day'],
    ],
    ['French net per month', 'Rémunération : 2100 euros net/mois', [2_100, 2_100, 'EUR', 'month']],
    [
      'French leading period word',
      'Mensuel de 2300.0 Euros à 2500.0 Euros',
      [2_300, 2_500, 'EUR', 'month'],
    ],
    [
      'French monthly on 13 months stays monthly',
      'Une rémunération de 2950€ brut sur 13 mois.',
      [2_950, 2_950, 'EUR', 'month'],
    ],
    [
      'Spanish "entre … y"',
      'Salario entre 27.000 y 33.000 € anuales.',
      [27_000, 33_000, 'EUR', 'year'],
    ],
    ['Spanish "de … a" per hour', 'Retribución de 14 € a 18 € por hora', [14, 18, 'EUR', 'hour']],
    ['Portuguese R$ glued to the pay word', 'SalárioR$ 3.250,00', [3_250, 3_250, 'BRL', 'month']],
    [
      'Portuguese "entre … e"',
      'Remuneração entre R$ 6.000 e R$ 8.000 por mês (CLT)',
      [6_000, 8_000, 'BRL', 'month'],
    ],
    [
      'Dutch per maand, no currency',
      'Het salaris is tussen de 3600-4400 bruto per maand en je werkt met een team van de beste mensen voor een mooi product van ons.',
      [3_600, 4_400, 'EUR', 'month'],
    ],
    ['Dutch per uur with a dollar', 'Nederland: $19,75/uur', [19.75, 19.75, 'USD', 'hour']],
    [
      'Polish od … do across the sentence',
      'Stawka od 27,00 zł brutto za godzinę, po okresie próbnym do 29,00 zł brutto.',
      [27, 29, 'PLN', 'hour'],
    ],
    [
      'Polish spaced thousands',
      'Wynagrodzenie: 14 500 zł netto B2B miesięcznie',
      [14_500, 14_500, 'PLN', 'month'],
    ],
    ['Italian RAL "tra … ed"', 'RAL tra i € 28k ed i € 36k', [28_000, 36_000, 'EUR', 'year']],
    [
      'Italian "da … a"',
      'Retribuzione da 1.600 a 1.900 € netti al mese',
      [1_600, 1_900, 'EUR', 'month'],
    ],
    ['Japanese hourly with wave dash', '時給1,150円～1,400円', [1_150, 1_400, 'JPY', 'hour']],
    ['Japanese monthly 万円, open maximum', '月給28万円～', [280_000, null, 'JPY', 'month']],
    ['Czech thousands "tis."', 'Mzda 45–55 tis. Kč', [45_000, 55_000, 'CZK', 'month']],
  ])('%s', (_, text, row) => {
    expect(read(text)).toEqual([row]);
  });
});

describe('extractSalaries: number and currency forms', () => {
  it.each<[string, string, Row]>([
    [
      'Indian grouping is rupees',
      'CTC: 8,40,000 - 11,50,000 PA.',
      [840_000, 1_150_000, 'INR', 'year'],
    ],
    [
      'spaced thousands with cents',
      'Salary: $98 400,00–$131 200,00',
      [98_400, 131_200, 'USD', 'year'],
    ],
    ['rand before a figure', 'R31,000 - R36,500 per month', [31_000, 36_500, 'ZAR', 'month']],
    ['a lost dash between digits', 'Salaire : 48?56 K€', [48_000, 56_000, 'EUR', 'year']],
    ['"and up" leaves the maximum open', 'Pay: $72.00 per hour and up', [72, null, 'USD', 'hour']],
    [
      'minimum … maximum in one sentence',
      'Pay ranges from a minimum of $61,000 to a maximum of $79,000.',
      [61_000, 79_000, 'USD', 'year'],
    ],
    [
      'starts at … up to',
      'Pay starts at $19.00 and can grow up to $21.50/hour',
      [19, 21.5, 'USD', 'hour'],
    ],
    [
      'a word glued by a lost line break',
      'We offer $95,000 - $105,000 base salaryAnnual bonus on top',
      [95_000, 105_000, 'USD', 'year'],
    ],
  ])('%s', (_, text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it('reads kr as the krone of a Norwegian text', () => {
    const text = 'Salary: 52 000 kr per month. Stillingen er i Oslo, og vi ønsker å høre fra deg.';
    expect(read(text)[0]?.[2]).toBe('NOK');
  });

  it('reads kr as the krone of a Danish text', () => {
    const text = 'Salary: 41 000 kr per month. Stillingen er i København, og vi tilbyder frokost.';
    expect(read(text)[0]?.[2]).toBe('DKK');
  });

  it('leaves a capital R with no pay context alone', () => {
    expect(read('We use R 4.3 and Python 3.12 with 2 GPUs.')).toEqual([]);
  });
});

describe('extractSalaries: pay that is not this pay', () => {
  it.each<[string, string]>([
    ['a French bonus', "Une prime de fin d'année (environ 700 euros)"],
    ['a French allowance', 'Télétravail avec une indemnité de 30 euros par mois'],
    ['a Spanish training budget', 'Saldo anual de 900 € anuales para formación y libros'],
    ['a Portuguese meal card', 'Vale Refeição de R$ 980,50/mês'],
    ['a Polish fee', 'opłata za zakwaterowanie: 480 zł miesięcznie'],
    ['a German company figure', 'Mit einem Umsatz von 40 Mio. € und 900 Mitarbeitenden'],
    ['a sign-on bonus after the pay phrase', 'Exciting: $7,500 sign-on bonus for nurses'],
  ])('%s', (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it('a conversion in brackets is the same pay, read once', () => {
    expect(read('Salary: €58,000 - €66,000 (approx. $63,000 - $72,000)')).toEqual([
      [58_000, 66_000, 'EUR', 'year'],
    ]);
  });

  it('the next figure ends the phrase of the one before', () => {
    expect(read('Salary range: $70,000-$90,000 per year Great $5,000 sign-on bonus')).toEqual([
      [70_000, 90_000, 'USD', 'year'],
    ]);
  });

  it("a job board's summary chip at the top is not read; the body is", () => {
    const text =
      '# Backend Engineer\n### Acme\n#### `💰 120k-150k USD` `🌎 Spain`\n\nWe build tools.';
    expect(read(text)).toEqual([]);
    expect(read(`${text}\nSalario: 41.000-47.000€ brutos anuales`)).toEqual([
      [41_000, 47_000, 'EUR', 'year'],
    ]);
  });
});
