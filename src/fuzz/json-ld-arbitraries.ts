import fc from 'fast-check';
import {
  anyJson,
  descriptionHtml,
  field,
  lyingAmount,
  lyingCurrency,
  lyingUnit,
} from './json-values.ts';
import { brokenSalaryLine } from './text-arbitraries.ts';

const quantitativeValue = fc
  .record(
    {
      '@type': fc.constantFrom('QuantitativeValue', 'MonetaryAmountDistribution', 5),
      minValue: lyingAmount,
      maxValue: lyingAmount,
      value: lyingAmount,
      unitText: lyingUnit,
      median: lyingAmount,
    },
    { requiredKeys: [] },
  )
  .map((o) => o as Record<string, unknown>);

const monetaryAmount = fc
  .record(
    {
      '@type': fc.constantFrom('MonetaryAmount', 'PriceSpecification'),
      currency: lyingCurrency,
      salaryCurrency: lyingCurrency,
      value: fc.oneof(
        quantitativeValue,
        lyingAmount,
        fc.array(quantitativeValue, { maxLength: 3 }),
      ),
      unitText: lyingUnit,
      minValue: lyingAmount,
      maxValue: lyingAmount,
    },
    { requiredKeys: [] },
  )
  .map((o) => o as Record<string, unknown>);

/** A coherent MonetaryAmount: the kind real pages state, so acceptance is exercised too. */
export const honestSalary: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(
      ['HOUR', 20, 150],
      ['DAY', 150, 1200],
      ['MONTH', 2000, 20_000],
      ['YEAR', 30_000, 400_000],
    ),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.constantFrom('USD', 'EUR', 'GBP', 'CAD'),
    fc.boolean(),
  )
  .map(([[unit, lo, hi], at, spread, currency, asStrings]) => {
    const min = Math.round((lo as number) + at * ((hi as number) - (lo as number)));
    const max = Math.round(min * (1 + spread));
    const show = (n: number) => (asStrings ? String(n) : n);
    return {
      '@type': 'MonetaryAmount',
      currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: show(min),
        maxValue: show(max),
        unitText: unit,
      },
    };
  });

/** baseSalary in every shape: MonetaryAmount, bare value, arrays and nested arrays of them. */
export const lyingBaseSalary: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: honestSalary, weight: 6 },
  { arbitrary: monetaryAmount, weight: 6 },
  { arbitrary: quantitativeValue, weight: 2 },
  { arbitrary: lyingAmount, weight: 2 },
  { arbitrary: fc.array(fc.oneof(monetaryAmount, lyingAmount), { maxLength: 3 }), weight: 2 },
  { arbitrary: fc.array(fc.array(monetaryAmount, { maxLength: 2 }), { maxLength: 2 }), weight: 1 },
);

/** A schema.org JobPosting with every field maybe missing, maybe the wrong type. */
export const lyingJobPosting: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      '@context': field(fc.constant('https://schema.org')),
      '@type': fc.constantFrom('JobPosting', ['JobPosting'], 'schema:JobPosting', 'jobposting', 5),
      title: field(fc.constantFrom('Data Engineer', '', ' ', 'x'.repeat(5000))),
      name: field(fc.string({ maxLength: 20 })),
      description: field(fc.oneof(descriptionHtml, brokenSalaryLine)),
      hiringOrganization: field(fc.record({ '@type': fc.constant('Organization'), name: anyJson })),
      jobLocation: field(
        fc.record({ address: fc.record({ addressLocality: anyJson, addressCountry: anyJson }) }),
      ),
      jobLocationType: field(fc.constantFrom('TELECOMMUTE', ['TELECOMMUTE'])),
      applicantLocationRequirements: anyJson,
      employmentType: field(fc.constantFrom('FULL_TIME', ['PART_TIME', 'CONTRACTOR'], 'Full-time')),
      identifier: field(fc.record({ value: anyJson })),
      workplaceType: anyJson,
      baseSalary: lyingBaseSalary,
      estimatedSalary: lyingBaseSalary,
      datePosted: anyJson,
    },
    { requiredKeys: ['@type'] },
  )
  .map((o) => o as Record<string, unknown>);

/** How a page wraps its JobPosting: alone, in an array, an @graph, mainEntity, an ItemList. */
export const jsonLdContainer: fc.Arbitrary<unknown> = fc
  .tuple(lyingJobPosting, fc.nat({ max: 5 }), anyJson)
  .map(([p, how, other]) => {
    switch (how) {
      case 0:
        return p;
      case 1:
        return [other, p];
      case 2:
        return { '@context': 'https://schema.org', '@graph': [other, p] };
      case 3:
        return { '@type': 'WebPage', mainEntity: p };
      case 4:
        return { '@type': 'ItemList', itemListElement: [{ item: p }, { item: p }, { item: p }] };
      default:
        return { '@type': 'JobPosting', '@graph': p, mainEntity: [p, [p]] };
    }
  });

/** JSON as sites break it: truncated, commented, CDATA, raw control characters, JS literals. */
const breakages: ((json: string, at: number) => string)[] = [
  (s) => s,
  (s, at) => s.slice(0, at % (s.length + 1)),
  (s) => `<!--${s}-->`,
  (s) => `//<![CDATA[\n${s}\n//]]>`,
  (s) => `${s};`,
  (s) => s.replace(/}/g, ',}').replace(/]/g, ',]'),
  (s) => s.replace(/"/g, "'"),
  (s) => s.replace(/(\d)(\d)/, '$1\n\u0000$2').replace(/ /g, '\n'),
  (s) => s.replace(/\d+/, 'NaN').replace(/\d+/, 'Infinity'),
  (s) => `\ufeff${s}${s}`,
  (s, at) => s.slice(0, at % (s.length + 1)) + s.slice((at * 7) % (s.length + 1)),
];

export const brokenJsonLdText: fc.Arbitrary<string> = fc
  .tuple(jsonLdContainer, fc.nat({ max: breakages.length - 1 }), fc.nat())
  .map(([value, which, at]) =>
    (breakages[which] as (s: string, n: number) => string)(JSON.stringify(value), at),
  );

export const brokenJsonLdScript: fc.Arbitrary<string> = fc
  .tuple(brokenJsonLdText, fc.boolean())
  .map(([text, closed]) => {
    // Inside <script> a literal "</script" would end the block early: escape it as sites do.
    const safe = text.replace(/<\/script/gi, '<\\/script');
    return `<script type="application/ld+json">${safe}${closed ? '</script>' : ''}`;
  });
