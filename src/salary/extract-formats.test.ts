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

describe('extractSalaries: range shapes', () => {
  it.each<[string, string, Row]>([
    ['hyphen with spaces', 'Pay: $120,000 - $150,000 per year', [120_000, 150_000, 'USD', 'year']],
    ['hyphen without spaces', 'Rate: $40-$55/hr', [40, 55, 'USD', 'hour']],
    ['en dash', 'Range $120,000–$150,000', [120_000, 150_000, 'USD', 'year']],
    ['em dash, no spaces', 'Salary range $98,000—$131,500 USD', [98_000, 131_500, 'USD', 'year']],
    ['"to"', 'We pay $85,000 to $95,000 annually.', [85_000, 95_000, 'USD', 'year']],
    [
      'between … and',
      'The base salary is between $90,000 and $110,000.',
      [90_000, 110_000, 'USD', 'year'],
    ],
    ['glued by lost markup', 'Base pay\n$140,200$188,900 USD', [140_200, 188_900, 'USD', 'year']],
    [
      'U+FFFD for a lost dash',
      'Compensation: $101,300\uFFFD$152,000 USD',
      [101_300, 152_000, 'USD', 'year'],
    ],
    ['mojibake dash repaired', 'Pay band $88,000â€”$99,000', [88_000, 99_000, 'USD', 'year']],
    [
      'words glued on both sides',
      'applicants welcome88,000—121,000 USDBenefits',
      [88_000, 121_000, 'USD', 'year'],
    ],
    ['k on the max only', 'Comp: $95-130K + equity', [95_000, 130_000, 'USD', 'year']],
    ['symbol on min, k on max', '€45-70k', [45_000, 70_000, 'EUR', 'year']],
    [
      'K on both, $ on min only',
      'salary between $64K – 92K depending',
      [64_000, 92_000, 'USD', 'year'],
    ],
    ['code before, k on both', 'USD 88k - 120k', [88_000, 120_000, 'USD', 'year']],
    ['decimals', '$98,765.43 - $120,000.00 a year', [98_765.43, 120_000, 'USD', 'year']],
    [
      'k range with no symbol',
      'Startup | 120-180k+ + equity | Remote',
      [120_000, 180_000, 'USD', 'year'],
    ],
    [
      'unit repeated on both ends',
      'Salary: $95,000.00 USD Annually - $105,000.00 USD Annually',
      [95_000, 105_000, 'USD', 'year'],
    ],
    [
      'up to on the max',
      'Base: from €50,000 EUR Gross - up to €58,000 EUR Gross',
      [50_000, 58_000, 'EUR', 'year'],
    ],
  ])('%s', (_name, text, row) => {
    expect(read(text)).toEqual([row]);
  });
});

describe('extractSalaries: currencies', () => {
  it.each<[string, Row]>([
    ['EUR 55,000 - 65,000', [55_000, 65_000, 'EUR', 'year']],
    ['55,000 - 65,000 EUR', [55_000, 65_000, 'EUR', 'year']],
    ['The salary is $95,000 - $120,000 AUD.', [95_000, 120_000, 'AUD', 'year']],
    ['Offer: $150,000 - $175,000 CAD', [150_000, 175_000, 'CAD', 'year']],
    ['CA$90,000 - CA$110,000', [90_000, 110_000, 'CAD', 'year']],
    ['salary CA$ 70,000 - CA$ 95,000.', [70_000, 95_000, 'CAD', 'year']],
    ['C$ 80,000 - 95,000', [80_000, 95_000, 'CAD', 'year']],
    ['A$150,000 - A$170,000', [150_000, 170_000, 'AUD', 'year']],
    ['AU$150k-170k', [150_000, 170_000, 'AUD', 'year']],
    ['NZ$100,000 - NZ$120,000', [100_000, 120_000, 'NZD', 'year']],
    ['S$8,000 - S$10,000 per month', [8_000, 10_000, 'SGD', 'month']],
    ['HK$40,000 - 50,000 monthly', [40_000, 50_000, 'HKD', 'month']],
    ['US$60,000 - US$75,000', [60_000, 75_000, 'USD', 'year']],
    ['£55,000 - £65,000', [55_000, 65_000, 'GBP', 'year']],
    ['¥6,000,000 - ¥9,000,000', [6_000_000, 9_000_000, 'JPY', 'year']],
    ['12 000 - 16 000 zł miesięcznie', [12_000, 16_000, 'PLN', 'month']],
    ['Salary: ₹12,00,000 - ₹18,00,000 per annum', [1_200_000, 1_800_000, 'INR', 'year']],
    ['Rs. 8,00,000 - 12,00,000 per annum', [800_000, 1_200_000, 'INR', 'year']],
    ['CHF 110,000 - 130,000', [110_000, 130_000, 'CHF', 'year']],
    ['Lön: 45 000 - 55 000 kr per månad', [45_000, 55_000, 'SEK', 'month']],
    ['SEK 550,000 - 650,000', [550_000, 650_000, 'SEK', 'year']],
    ['12 to 18 lakhs per annum', [1_200_000, 1_800_000, 'INR', 'year']],
    ['Budgeted CTC: 22 LPA', [2_200_000, 2_200_000, 'INR', 'year']],
    ['Package 1.2 crore per annum', [12_000_000, 12_000_000, 'INR', 'year']],
    ['INR 7,50,000 - 9,00,000 per annum', [750_000, 900_000, 'INR', 'year']],
    ['€71.000 - €85.000', [71_000, 85_000, 'EUR', 'year']],
    ['45 000 € - 52 000 €', [45_000, 52_000, 'EUR', 'year']],
    ['Gehalt: 1.234,56 € per month', [1_234.56, 1_234.56, 'EUR', 'month']],
    ['Salary: CAD $120,000 - $150,000', [120_000, 150_000, 'CAD', 'year']],
    ['Salary: $100k–$130k (CAD)', [100_000, 130_000, 'CAD', 'year']],
    ['100-150K€', [100_000, 150_000, 'EUR', 'year']],
    ['€50.000 - €60.000 brutto/Jahr', [50_000, 60_000, 'EUR', 'year']],
  ])('%s', (text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it('a bare $ takes a dollar default from the page, else USD', () => {
    expect(read('$130,000 - $150,000 a year', 'AUD')).toEqual([[130_000, 150_000, 'AUD', 'year']]);
    expect(read('$130,000 - $150,000 a year', 'EUR')).toEqual([[130_000, 150_000, 'USD', 'year']]);
    expect(read('£60,000 - £70,000', 'USD')).toEqual([[60_000, 70_000, 'GBP', 'year']]);
  });

  it('kr follows a Nordic page default', () => {
    expect(read('Lønn: 650 000 - 750 000 kr', 'NOK')).toEqual([[650_000, 750_000, 'NOK', 'year']]);
  });

  it.each<[string, string | undefined, string, boolean]>([
    ['$100,000 - $120,000', undefined, 'USD', false],
    ['Salary: 52,000 - 60,000', undefined, 'USD', true],
    ['Salary: 52,000 - 60,000', 'EUR', 'EUR', true],
    [
      'Salary: 52,000 - 60,000 (also stated as €52k elsewhere: salary €52,000)',
      undefined,
      'EUR',
      true,
    ],
    ['Salary 38,000 - 42,000 per annum', undefined, 'GBP', true],
  ])('currencyAssumed for %j (page %s)', (text, page, currency, assumed) => {
    const [r] = extractSalaries(text, { defaultCurrency: page });
    expect(r?.currency).toBe(currency);
    expect(r?.currencyAssumed).toBe(assumed);
  });
});

describe('extractSalaries: periods', () => {
  it.each<[string, string]>([
    ['$50,000 p.a.', 'year'],
    ['salary $90k annually', 'year'],
    ['salary of $98,000 a year', 'year'],
    ['salary of £52,000 per annum', 'year'],
    ['pay $60,000/year', 'year'],
    ['$60k/yr salary', 'year'],
    ['pay $30 per hour', 'hour'],
    ['$30/hr pay', 'hour'],
    ['35 zł/h', 'hour'],
    ['paid $25 an hour', 'hour'],
    ['$25 hourly', 'hour'],
    ['£400 per day', 'day'],
    ['£450/day', 'day'],
    ['daily rate £500', 'day'],
    ['$1,200 per week', 'week'],
    ['€4.500 monthly', 'month'],
    ['$5,000 per month', 'month'],
    ['$5,000/mo salary', 'month'],
    ['Base pay range $55 - $72', 'hour'],
    ['Pay: €3.200 - €3.900', 'month'],
    ['The annual salary for this role is $64K – 92K', 'year'],
    ['Hourly pay: $28 - $34', 'hour'],
  ])('%s -> %s', (text, period) => {
    expect(read(text).map((r) => r[3])).toEqual([period]);
  });

  it('computes the annual equivalent with the shared constants', () => {
    const [r] = extractSalaries('pay $30 - $40 per hour');
    expect(r?.annual).toEqual({ min: 62_400, max: 83_200 });
  });
});

describe('extractSalaries: open bounds and wording', () => {
  it.each<[string, Row]>([
    ['We offer a salary of up to £68000 per annum.', [null, 68_000, 'GBP', 'year']],
    ['salary from €55,000', [55_000, null, 'EUR', 'year']],
    ['starting at $30 per hour', [30, null, 'USD', 'hour']],
    ['the minimum base salary is 32.000 €/year', [32_000, null, 'EUR', 'year']],
    ['12.50 to Competitive per hour', [12.5, null, 'GBP', 'hour']],
    ['Stawka: od 140 zł/h do 170 zł/h netto', [140, 170, 'PLN', 'hour']],
    ['Wynagrodzenie: od 15 000 do 20 000 PLN', [15_000, 20_000, 'PLN', 'month']],
    ['Salary 40000', [40_000, 40_000, 'USD', 'year']],
    ['salary $120k+', [120_000, null, 'USD', 'year']],
    ['Salary: min. 52,000 EUR', [52_000, null, 'EUR', 'year']],
    ['Monthly pay minimum: €3,000', [3_000, null, 'EUR', 'month']],
    ['between 90k and 110k', [90_000, 110_000, 'USD', 'year']],
    ['$15/hr to $20/hr', [15, 20, 'USD', 'hour']],
    ['Salary Range: $100,000 - $150,000 / year', [100_000, 150_000, 'USD', 'year']],
  ])('%s', (text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it('keeps the exact source text, with symbols, codes and period', () => {
    const text = 'Salary: CA$ 73,500 - CA$ 99,000 per year, plus benefits';
    expect(extractSalaries(text).map((r) => r.text)).toEqual(['CA$ 73,500 - CA$ 99,000 per year']);
    expect(extractSalaries('up to £65,000 per annum')[0]?.text).toBe('up to £65,000 per annum');
  });

  it('returns every range in the order written', () => {
    const text =
      'Base Pay Range $58 - $80 plus commission for an estimated on-target earnings of $175,000 - $240,000.';
    const got = extractSalaries(text);
    expect(got.map((r) => [r.min, r.max, r.period, r.basis])).toEqual([
      [58, 80, 'hour', 'base'],
      [175_000, 240_000, 'year', 'ote'],
    ]);
  });
});
