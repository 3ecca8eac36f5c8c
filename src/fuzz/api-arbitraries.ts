import fc from 'fast-check';
import { jsonLdContainer } from './json-ld-arbitraries.ts';
import {
  anyJson,
  descriptionHtml,
  field,
  lyingAmount,
  lyingCurrency,
  lyingUnit,
} from './json-values.ts';
import { brokenSalaryLine } from './text-arbitraries.ts';

/** An Ashby posting (job-board API, or window.__appData on a job page) with lying values. */
export const lyingAshbyPosting: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    title: field(fc.constant('ML Engineer')),
    descriptionHtml: field(descriptionHtml),
    isRemote: anyJson,
    compensation: field(
      fc.record({
        compensationTiers: anyJson,
        summaryComponents: fc.array(
          fc.record({
            compensationType: fc.constantFrom('Salary', 'Hourly', 'Equity', 5),
            minValue: lyingAmount,
            maxValue: lyingAmount,
            currencyCode: lyingCurrency,
            interval: lyingUnit,
          }),
          { maxLength: 3 },
        ),
        compensationTierSummary: field(brokenSalaryLine),
      }),
    ),
  },
  { requiredKeys: ['title', 'descriptionHtml'] },
);

/** ATS API objects (Greenhouse, Lever, Ashby) with lying values in every field. */
export const lyingApiObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      title: field(fc.constant('Data Engineer')),
      content: field(descriptionHtml.map((h) => h.replace(/</g, '&lt;').replace(/>/g, '&gt;'))),
      absolute_url: field(fc.constant('https://boards.greenhouse.io/acme/jobs/12345')),
      location: field(fc.record({ name: anyJson })),
      pay_input_ranges: fc.array(
        fc.record({
          min_cents: lyingAmount,
          max_cents: lyingAmount,
          currency_type: lyingCurrency,
          title: anyJson,
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['title', 'content'] },
  ),
  fc.record(
    {
      text: field(fc.constant('Backend Engineer')),
      categories: field(fc.record({ commitment: anyJson, location: anyJson })),
      descriptionPlain: field(brokenSalaryLine),
      lists: field(fc.array(fc.record({ text: anyJson, content: anyJson }), { maxLength: 3 })),
      salaryRange: field(
        fc.record({
          min: lyingAmount,
          max: lyingAmount,
          currency: lyingCurrency,
          interval: lyingUnit,
        }),
      ),
      salaryDescriptionPlain: anyJson,
    },
    { requiredKeys: ['text', 'categories'] },
  ),
  lyingAshbyPosting,
  jsonLdContainer,
  anyJson,
);
