import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';

function tiers(text: string): Array<[number | null, number | null, string, string | null]> {
  return extractSalaries(normalizeText(text)).map((r) => [r.min, r.max, r.currency, r.location]);
}

describe('extractSalaries: location and tier labels', () => {
  it.each<[string, string, Array<[number, number, string, string | null]>]>([
    [
      'zones before a colon',
      'Zone A: $120,000 - $140,000\nZone B: $110,000 - $130,000',
      [
        [120_000, 140_000, 'USD', 'Zone A'],
        [110_000, 130_000, 'USD', 'Zone B'],
      ],
    ],
    [
      'places before the ranges, the tiers in one line split by a slash, no currency mark',
      'Base pay range: U.S. 88,500–151,000 / Washington 97,300–166,000',
      [
        [88_500, 151_000, 'USD', 'United States'],
        [97_300, 166_000, 'USD', 'Washington'],
      ],
    ],
    [
      'a place alone before a marked range that opens its clause',
      'Hourly rate: Oregon $31.10–$38.40',
      [[31.1, 38.4, 'USD', 'Oregon']],
    ],
    [
      '"in <state>" after the range',
      'The salary is $130,000 to $160,000 in Colorado; equity on top.',
      [[130_000, 160_000, 'USD', 'Colorado']],
    ],
    [
      'US state codes stay as written',
      'CA: $150,000-$180,000; NY: $155,000-$185,000',
      [
        [150_000, 180_000, 'USD', 'CA'],
        [155_000, 185_000, 'USD', 'NY'],
      ],
    ],
    [
      'country codes expanded when the currency agrees',
      'US: $100,000-$120,000/year, CA:CA$120,000-CA$140,000/year, UK: £80,000-£95,000/year',
      [
        [100_000, 120_000, 'USD', 'United States'],
        [120_000, 140_000, 'CAD', 'Canada'],
        [80_000, 95_000, 'GBP', 'United Kingdom'],
      ],
    ],
    [
      'a list of places before "is"',
      'The pay range for this role in California, New York City and Washington is $140,000 - $170,000.',
      [[140_000, 170_000, 'USD', 'California, New York City and Washington']],
    ],
    [
      'state names with a qualifier',
      'The starting pay range for the states of Oregon and New Jersey (excluding Newark) is: $120,000 - $150,000.',
      [[120_000, 150_000, 'USD', 'Oregon and New Jersey (excluding Newark)']],
    ],
    [
      'a state before a colon',
      'Colorado: $95,000 - $115,000',
      [[95_000, 115_000, 'USD', 'Colorado']],
    ],
    [
      'labels in parentheses after each range',
      'Base salary is $140,000 - $165,000 (NY, NJ, MA) and $120,000 - $145,000 (all other U.S. locations).',
      [
        [140_000, 165_000, 'USD', 'NY, NJ, MA'],
        [120_000, 145_000, 'USD', 'all other U.S. locations'],
      ],
    ],
    [
      'a heading line above the range',
      'Germany Salary Range\n€80,000 — €95,000 EUR',
      [[80_000, 95_000, 'EUR', 'Germany']],
    ],
    [
      'a place the clause opens with',
      'In Colorado, the range is $90,000 - $110,000.',
      [[90_000, 110_000, 'USD', 'Colorado']],
    ],
    [
      'a place after "for … in"',
      'For candidates in Oregon: $130,000 - $150,000',
      [[130_000, 150_000, 'USD', 'Oregon']],
    ],
    [
      'tiers in parentheses with numbers',
      '$90,000 - $110,000 USD per year (Tier 1) / $80,000 - $100,000 (Tier 2)',
      [
        [90_000, 110_000, 'USD', 'Tier 1'],
        [80_000, 100_000, 'USD', 'Tier 2'],
      ],
    ],
    [
      'a label with parentheses before a colon',
      'Remote (US): $120,000 - $140,000',
      [[120_000, 140_000, 'USD', 'Remote (US)']],
    ],
    [
      'same figures, two currencies, two tiers',
      'US: $100,000-$120,000, CA: CA$100,000-CA$120,000',
      [
        [100_000, 120_000, 'USD', 'United States'],
        [100_000, 120_000, 'CAD', 'Canada'],
      ],
    ],
    [
      'heading lines naming a tier',
      'All other US locations\n$140,000—$180,000 USD\nLevel II: $150,000 - $170,000',
      [
        [140_000, 180_000, 'USD', 'All other US locations'],
        [150_000, 170_000, 'USD', 'Level II'],
      ],
    ],
    [
      'residents dropped from the label',
      '* Canada Residents: CA$98,000-CA$120,000/year',
      [[98_000, 120_000, 'CAD', 'Canada']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(tiers(text)).toEqual(expected);
  });

  it.each([
    'Salary: $100,000 - $120,000',
    'Compensation Range: $100,000 - $120,000',
    'US based applicants only\n$100,000$120,000 USD',
    'The base salary range for this position is $100,000 - $120,000.',
    'Employer Provided Salary:$30-$36 Per Hour',
    '$100,000 - $120,000 (before taxes)',
  ])('no label in %j', (text) => {
    expect(tiers(text).map((r) => r[3])).toEqual([null]);
  });

  it('includes a label that is part of the phrase in the source text', () => {
    const [r] = extractSalaries('Zone B: $110,000 - $130,000');
    expect(r?.text).toBe('Zone B: $110,000 - $130,000');
  });
});

describe('extractSalaries: basis', () => {
  it.each([
    ['OTE $180,000 - $220,000', 'ote'],
    ['On-target earnings of $150k-$190k', 'ote'],
    ['$200k - $240k OTE', 'ote'],
    ['total cash compensation of $200,000 - $240,000', 'total_cash'],
    ['base salary $120,000 - $140,000', 'base'],
  ])('%s -> %s', (text, basis) => {
    expect(extractSalaries(text).map((r) => r.basis)).toEqual([basis]);
  });
});

describe('extractSalaries: one range stated twice is returned once', () => {
  it.each<[string, string, [number, number], string]>([
    [
      'rounded header and precise body',
      'Engineer\nUSD 95k - 130k\nAbout us...\nThe base salary range is:\n$95,400$130,200 USD\n',
      [95_400, 130_200],
      '$95,400$130,200 USD',
    ],
    [
      'same numbers in two formats',
      'Salary: $88,000.50 - $99,500.00 per annum\nMore text.\nPay range: $88,000.50 - $99,500 USD',
      [88_000.5, 99_500],
      '$88,000.50 - $99,500 USD',
    ],
    [
      'full and k forms on one line',
      'Salary 35000 - 45000/annum 35-45K',
      [35_000, 45_000],
      '35000 - 45000/annum',
    ],
    [
      'a repeated paragraph',
      'Salary: the range is $120,000 - $140,000.\n\nSalary: the range is $120,000 - $140,000.',
      [120_000, 140_000],
      '$120,000 - $140,000',
    ],
  ])('%s', (_name, text, [min, max], kept) => {
    const got = extractSalaries(normalizeText(text));
    expect(got.map((r) => [r.min, r.max])).toEqual([[min, max]]);
    expect(got[0]?.text).toBe(kept);
  });

  it('a board summary line in the wrong currency gives way to the body', () => {
    const text = '💰 60000 - 80000 USD\nAbout the role\nThe salary is €60,000 - €80,000 per year.';
    expect(tiers(text)).toEqual([[60_000, 80_000, 'EUR', null]]);
  });

  it('keeps two tiers that differ', () => {
    expect(tiers('CA: $150,000-$180,000\nTX: $130,000-$160,000')).toHaveLength(2);
  });

  it('keeps the tier label when the header repeats the tier without it', () => {
    const text =
      '$161,000 - $236,000\n...\nThe anticipated starting pay range for Colorado is: $161,000 - $236,000.';
    expect(tiers(text)).toEqual([[161_000, 236_000, 'USD', 'Colorado']]);
  });
});
