import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { Posting } from '../schema/posting.ts';

/**
 * JSON-LD that lies about pay, read through the whole page path. The visible outcome is
 * pinned: either the salary the data really states, or no salary and the reason it was
 * ignored. A lie must never surface as a wrong number.
 */

const DESCRIPTION =
  '<p>We build scheduling tools for clinics.</p><h3>Requirements</h3><ul><li>Go and PostgreSQL</li></ul>';

function pageWith(baseSalary: unknown): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Platform Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Acme Clinics' },
    employmentType: 'FULL_TIME',
    description: DESCRIPTION,
    baseSalary,
  });
  return pageWithRawJsonLd(ld);
}

function pageWithRawJsonLd(ld: string): string {
  return `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Platform Engineer</h1><p>We build scheduling tools for clinics.</p></body></html>`;
}

function amount(value: Record<string, unknown>, currency: unknown = 'USD'): unknown {
  return { '@type': 'MonetaryAmount', currency, value: { '@type': 'QuantitativeValue', ...value } };
}

const YEAR = { unitText: 'YEAR' };

type Shown = [min: number | null, max: number | null, currency: string, period: string];

/** [case, baseSalary, salary shown, reason given (null: none)] */
const CASES: [string, unknown, Shown[], string | null][] = [
  [
    'honest range',
    amount({ minValue: 150000, maxValue: 180000, ...YEAR }),
    [[150000, 180000, 'USD', 'year']],
    null,
  ],
  [
    'min above max',
    amount({ minValue: 180000, maxValue: 150000, ...YEAR }),
    [],
    'minimum 180000 is above maximum 150000',
  ],
  [
    'negative number',
    amount({ minValue: -5, maxValue: 150000, ...YEAR }),
    [],
    'min is negative (-5)',
  ],
  ['negative string', amount({ minValue: '-150000', ...YEAR }), [], 'min is negative (-150000)'],
  [
    'HOUR with 150000',
    amount({ value: 150000, unitText: 'HOUR' }),
    [],
    '150000 USD per hour is too large to be a salary',
  ],
  [
    'YEAR with 45',
    amount({ value: 45, ...YEAR }),
    [],
    '45 USD per year is too small to be a salary',
  ],
  [
    '"$45 per hour" labelled YEAR',
    amount({ value: '$45 per hour', ...YEAR }),
    [],
    '45 USD per year is too small to be a salary',
  ],
  [
    'string numbers',
    amount({ minValue: '150000', maxValue: '180,000', ...YEAR }),
    [[150000, 180000, 'USD', 'year']],
    null,
  ],
  [
    'strings with symbols',
    amount({ minValue: '$150,000', maxValue: '$180,000', ...YEAR }),
    [[150000, 180000, 'USD', 'year']],
    null,
  ],
  [
    'a range in one string',
    amount({ value: '$120k - $150k', ...YEAR }),
    [[120000, 150000, 'USD', 'year']],
    null,
  ],
  [
    'boolean amount',
    amount({ minValue: true, maxValue: 150000, ...YEAR }),
    [],
    'min has the wrong type (boolean)',
  ],
  ['object amount', amount({ minValue: {}, ...YEAR }), [], 'min has the wrong type (object)'],
  [
    'array amount',
    amount({ minValue: [150000], maxValue: 180000, ...YEAR }),
    [],
    'min has the wrong type (array)',
  ],
  [
    '"NaN"',
    amount({ minValue: 'NaN', maxValue: 180000, ...YEAR }),
    [],
    'min "NaN" is not an amount',
  ],
  [
    '"Infinity"',
    amount({ minValue: 150000, maxValue: 'Infinity', ...YEAR }),
    [],
    'max "Infinity" is not an amount',
  ],
  [
    '1e308',
    amount({ minValue: 1e308, ...YEAR }),
    [],
    '1e+308 USD per year is too large to be a salary',
  ],
  [
    '400 digits',
    amount({ minValue: '9'.repeat(400), ...YEAR }),
    [],
    'min is too long to be an amount',
  ],
  [
    'currency as a number',
    amount({ minValue: 150000, maxValue: 180000, ...YEAR }, 840),
    [],
    'currency has the wrong type (number)',
  ],
  [
    'currency in an array',
    amount({ minValue: 150000, maxValue: 180000, ...YEAR }, ['USD']),
    [],
    'currency has the wrong type (array)',
  ],
  [
    'unknown currency',
    amount({ minValue: 150000, maxValue: 180000, ...YEAR }, 'ZZZ'),
    [],
    'unknown currency "ZZZ"',
  ],
  [
    'lower-case currency',
    amount({ minValue: 150000, maxValue: 180000, ...YEAR }, 'usd'),
    [[150000, 180000, 'USD', 'year']],
    null,
  ],
  ['no currency at all', { value: 150000 }, [], 'no currency given'],
  [
    'unit as a number',
    amount({ minValue: 150000, maxValue: 180000, unitText: 5 }),
    [],
    'unit has the wrong type (number)',
  ],
  [
    'empty strings',
    amount({ minValue: '', maxValue: '', ...YEAR }),
    [],
    'no amount given (min, max and value are all empty)',
  ],
  [
    'zeros',
    amount({ minValue: 0, maxValue: 0, ...YEAR }),
    [],
    '0 USD per year is too small to be a salary',
  ],
  [
    'nested arrays',
    [[amount({ minValue: 150000, maxValue: 180000, ...YEAR })]],
    [[150000, 180000, 'USD', 'year']],
    null,
  ],
  [
    'one true and one lying range',
    [
      amount({ minValue: 150000, maxValue: 180000, ...YEAR }),
      amount({ value: 150000, unitText: 'HOUR' }),
    ],
    [[150000, 180000, 'USD', 'year']],
    '150000 USD per hour is too large to be a salary',
  ],
];

function read(html: string) {
  const posting = parseDocument(linkedomEnv.parseHtml(html), null, linkedomEnv);
  expect(Posting.safeParse(posting).success).toBe(true);
  return posting;
}

describe('JSON-LD that lies about pay', () => {
  it.each(CASES)('%s', (_, baseSalary, shown, reason) => {
    const posting = read(pageWith(baseSalary));
    expect(posting.isPosting).toBe(true);
    expect(posting.salary.map((s) => [s.min, s.max, s.currency, s.period])).toEqual(shown);
    for (const s of posting.salary) expect(s.source).toBe('json-ld');
    const ignored = posting.reasons.filter((r) => r.startsWith('Ignored json-ld salary: '));
    expect(ignored).toEqual(reason === null ? [] : [`Ignored json-ld salary: ${reason}`]);
  });

  it.each([
    ['Infinity from an overflowing literal', '1e309', 'min is not a finite number'],
    [
      'a huge exponent',
      '1.7976931348623157e308',
      '1.7976931348623157e+308 USD per year is too large to be a salary',
    ],
  ])('%s', (_, literal, reason) => {
    const ld = `{"@type":"JobPosting","title":"Platform Engineer","description":${JSON.stringify(DESCRIPTION)},"baseSalary":{"currency":"USD","value":{"minValue":${literal},"unitText":"YEAR"}}}`;
    const posting = read(pageWithRawJsonLd(ld));
    expect(posting.salary).toEqual([]);
    expect(posting.reasons).toContain(`Ignored json-ld salary: ${reason}`);
  });

  it('skips a block that is not JSON (a NaN literal) and shows no number from it', () => {
    const ld = `{"@type":"JobPosting","title":"Platform Engineer","baseSalary":{"currency":"USD","value":{"minValue":NaN,"unitText":"YEAR"}}}`;
    const posting = read(pageWithRawJsonLd(ld));
    expect(posting.salary).toEqual([]);
  });

  it('falls back to the prose salary when the JSON-LD one is rejected', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Platform Engineer',
      description: `${DESCRIPTION}<p>Salary: $150,000 - $180,000 per year</p>`,
      baseSalary: amount({ value: 150000, unitText: 'HOUR' }),
    });
    const posting = read(pageWithRawJsonLd(ld));
    expect(posting.salary.map((s) => [s.min, s.max, s.period, s.source])).toEqual([
      [150000, 180000, 'year', 'text'],
    ]);
    expect(posting.reasons).toContain(
      'Ignored json-ld salary: 150000 USD per hour is too large to be a salary',
    );
  });
});
