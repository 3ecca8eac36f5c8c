import { describe, expect, it } from 'vitest';
import { SalaryRange } from '../schema/salary.ts';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';

type Row = [number | null, number | null, string, string];

function read(text: string): Row[] {
  return extractSalaries(normalizeText(text)).map((r) => {
    expect(SalaryRange.safeParse(r).success).toBe(true);
    return [r.min, r.max, r.currency, r.period];
  });
}

/** Ranges laid out over lines or glued by lost markup, as boards render their pay fields. */
describe('extractSalaries: board layouts', () => {
  it.each<[string, string, Row[]]>([
    [
      '"between:" ends the line above',
      'Starting pay for the role is between:\n\n$61,000 and $78,500\n',
      [[61_000, 78_500, 'USD', 'year']],
    ],
    [
      'Min and Max label lines',
      'Pay\n\n Min \n\nUSD $48,000.00/Yr.\n\n Max \n\nUSD $57,500.00/Yr.\n\nAbout you',
      [[48_000, 57_500, 'USD', 'year']],
    ],
    [
      'Minimum: and Maximum: label lines',
      'Minimum:\n€2,900 per month\nMaximum:\n€3,350 per month',
      [[2_900, 3_350, 'EUR', 'month']],
    ],
    ['a Min label alone leaves the maximum open', 'Min\n$31/hour\n', [[31, null, 'USD', 'hour']]],
    [
      'bounds side by side with cents',
      'Salary: $ 47,500.00 66,250.00 Per Year Show more',
      [[47_500, 66_250, 'USD', 'year']],
    ],
    [
      'state code glued to the pay label',
      'Location : Tucson, AZPay : $17-/hr on a w2 basis',
      [[17, 17, 'USD', 'hour']],
    ],
  ])('%s', (_name, text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it.each<[string, string, Row[]]>([
    [
      'a Max line that is not right below is no bound of the range',
      'Min\n$31/hour\nShift notes\nMax\n$35/hour',
      [
        [31, null, 'USD', 'hour'],
        [null, 35, 'USD', 'hour'],
      ],
    ],
    [
      'a maximum below its minimum is no range',
      'Min\n$41/hour\nMax\n$35/hour',
      [
        [41, null, 'USD', 'hour'],
        [null, 35, 'USD', 'hour'],
      ],
    ],
    [
      'side by side without cents stays two figures',
      'Salary: $ 47,500 66,250 Per Year',
      [
        [47_500, 47_500, 'USD', 'year'],
        [66_250, 66_250, 'USD', 'year'],
      ],
    ],
    ['"and:" above is no opener', 'Offices in Reno and:\n$61,000 and $78,500', []],
    ['glued capitals that are one word stay whole', 'We ship PDFs 2024 and SQLs', []],
  ])('%s', (_name, text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it.each<[string, string, Row[]]>([
    [
      'bare round range with its bonus',
      '70000 - 85000 plus bonus',
      [[70_000, 85_000, 'USD', 'year']],
    ],
    [
      'figure joined to an equity share',
      '$135k & 0.5-1% equity',
      [[135_000, 135_000, 'USD', 'year']],
    ],
    ['at least, with equity', '>= $140k + 0.25% equity', [[140_000, null, 'USD', 'year']]],
    ['at most sign', 'Rate: ≤ 48 €/h', [[null, 48, 'EUR', 'hour']]],
    [
      'a label joining pay and equity still labels pay',
      'Great Salary + Equity: $115K-$140K',
      [[115_000, 140_000, 'USD', 'year']],
    ],
    [
      'German package joiner',
      'Gehalt 60.000 - 70.000 € zzgl. Bonus',
      [[60_000, 70_000, 'EUR', 'year']],
    ],
  ])('package: %s', (_name, text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it.each<[string, string]>([
    ['zip codes joined to benefits', 'Offices 78701 - 78705 and benefits'],
    ['a count joined to a bonus', 'Team of 40 - 60 engineers plus bonus'],
    ['a bonus figure joined to equity', 'Annual bonus of up to $12,000 plus equity'],
    ['a stipend label joined to pay', 'Salary + stipend: $400 per month'],
    [
      'an average salary quoted',
      'a survey says the average salary for a Go developer in Ohio is $118,400 per year.',
    ],
    ['a median salary', 'Median pay: $52,300 per year'],
    ['a French average', 'le salaire moyen est de 3 100 € par mois'],
    ["the writer's own pay", 'On the data team I make a little over $185k base, plus bonus.'],
    ["the writer's own salary", 'My current salary is $88,000 per year'],
    ['first person with an apostrophe', "I'm paid $37/hour at the moment"],
    ['German first person', 'Ich verdiene 4.200 € im Monat'],
  ])('not pay: %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });

  it('an offer in the second person is still pay', () => {
    expect(
      read('I make sure payroll runs on time. You will make $96,000 - $104,000 a year'),
    ).toEqual([[96_000, 104_000, 'USD', 'year']]);
  });
});
