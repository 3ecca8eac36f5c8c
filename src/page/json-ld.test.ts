import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fieldsFromJobPosting, jobPostingsFromJsonLd } from './json-ld.ts';
import { parseJsonLoose } from './json-ld-parse.ts';

function parseHtml(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
const env = { parseHtml };

function page(...blocks: string[]): Document {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
  return parseHtml(`<!DOCTYPE html><html><head>${scripts}</head><body><p>x</p></body></html>`);
}

const posting = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, ...extra });

describe('jobPostingsFromJsonLd', () => {
  it.each([
    ['a plain object', [posting('Baker')], ['Baker']],
    ['an array', [`[${posting('Baker')}, {"@type":"Organization","name":"Acme"}]`], ['Baker']],
    [
      '@graph',
      [JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, JSON.parse(posting('Baker'))] })],
      ['Baker'],
    ],
    [
      '@type as an array',
      [JSON.stringify({ '@type': ['JobPosting', 'Thing'], title: 'Baker' })],
      ['Baker'],
    ],
    [
      'a prefixed @type',
      [JSON.stringify({ '@type': 'schema:JobPosting', title: 'Baker' })],
      ['Baker'],
    ],
    [
      'nested mainEntity',
      [JSON.stringify({ '@type': 'WebPage', mainEntity: JSON.parse(posting('Baker')) })],
      ['Baker'],
    ],
    ['several blocks', [posting('Baker'), posting('Cook')], ['Baker', 'Cook']],
    [
      'one broken block among good ones',
      ['{"@type": "JobPosting", "title": ', posting('Cook')],
      ['Cook'],
    ],
    [
      'raw line breaks inside strings',
      ['{"@type":"JobPosting","title":"Line\none"}'],
      ['Line one'],
    ],
    [
      'a trailing comma and an HTML comment wrapper',
      [`<!-- {"@type":"JobPosting","title":"Baker",} -->`],
      ['Baker'],
    ],
    [
      'an ItemList of postings',
      [
        JSON.stringify({
          '@type': 'ItemList',
          itemListElement: [
            { '@type': 'ListItem', item: JSON.parse(posting('A')) },
            { item: JSON.parse(posting('B')) },
          ],
        }),
      ],
      ['A', 'B'],
    ],
    ['no posting at all', ['{"@type":"Organization","name":"Acme"}'], []],
  ])('reads %s', (_, blocks, titles) => {
    const found = jobPostingsFromJsonLd(page(...blocks));
    expect(found.map((p) => String(p.title))).toEqual(titles);
  });

  it('ignores scripts of other types', () => {
    const d = parseHtml(
      `<html><body><script type="application/json">${posting('Hidden')}</script></body></html>`,
    );
    expect(jobPostingsFromJsonLd(d)).toEqual([]);
  });

  it('does not throw on an empty document', () => {
    expect(jobPostingsFromJsonLd(parseHTML('').document as unknown as Document)).toEqual([]);
  });
});

describe('parseJsonLoose', () => {
  it('gives undefined for hopeless input', () => {
    expect(parseJsonLoose('{{{ nope')).toBeUndefined();
  });

  it('reads valid JSON as JSON.parse does, commas before brackets inside strings included', () => {
    const tricky = fc.constantFrom(',}', ', ]', '",}"', '\\",]', '\\\\', 'a');
    const value = fc.oneof(
      fc.json(),
      fc.array(tricky).map((xs) => JSON.stringify({ s: xs.join('') })),
    );
    fc.assert(
      fc.property(value, (text) => {
        expect(parseJsonLoose(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('repairs trailing commas, however they are spaced', () => {
    expect(parseJsonLoose('{"@type":"JobPosting","a":[1,2, ],\n}')).toEqual({
      '@type': 'JobPosting',
      a: [1, 2],
    });
    expect(parseJsonLoose('{"a":"x, y",}')).toEqual({ a: 'x, y' });
  });
  // Its time is the bench's (npm run bench -- --only families: "huge broken JSON-LD").
  it('gives up on a 1 MB block it cannot repair', () => {
    expect(parseJsonLoose(`{"a": "${',]'.repeat(500_000)}`)).toBeUndefined();
  });
});

describe('fieldsFromJobPosting', () => {
  const full = {
    '@type': 'JobPosting',
    title: 'Pastry Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Crumb Labs' },
    jobLocation: [
      {
        '@type': 'Place',
        address: { addressLocality: 'Lyon', addressRegion: 'ARA', addressCountry: 'FR' },
      },
      {
        '@type': 'Place',
        address: {
          addressLocality: 'Paris',
          addressCountry: { '@type': 'Country', name: 'France' },
        },
      },
    ],
    employmentType: ['FULL_TIME', 'CONTRACTOR'],
    identifier: { '@type': 'PropertyValue', name: 'Crumb Labs', value: 'REQ-77' },
    description: '&lt;p&gt;Bake things.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ovens&lt;/li&gt;&lt;/ul&gt;',
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 50000, maxValue: 60000, unitText: 'YEAR' },
    },
  };

  it('reads every field', () => {
    const f = fieldsFromJobPosting(full, env);
    expect(f).toMatchObject({
      source: 'json-ld',
      title: 'Pastry Engineer',
      company: 'Crumb Labs',
      locations: ['Lyon, ARA, FR', 'Paris, France'],
      employmentType: 'full_time',
      jobId: 'REQ-77',
      descriptionText: 'Bake things.\n• Ovens',
      structuredSalary: [{ min: 50000, max: 60000, currency: 'EUR', unit: 'YEAR' }],
    });
    expect(f.reasons).toContain('schema.org JobPosting found');
  });

  it.each([
    [
      'QuantitativeValue directly',
      {
        '@type': 'QuantitativeValue',
        minValue: 10,
        maxValue: 20,
        unitText: 'HOUR',
        currency: 'USD',
      },
      [{ min: 10, max: 20, unit: 'HOUR', currency: 'USD' }],
    ],
    ['a bare number', 85000, [{ value: 85000 }]],
    ['a bare string', '$120k - $150k', [{ value: '$120k - $150k' }]],
    [
      'MonetaryAmount with a number value',
      { currency: 'GBP', value: 45000, unitText: 'YEAR' },
      [{ value: 45000, currency: 'GBP', unit: 'YEAR' }],
    ],
    [
      'MonetaryAmount with a single QuantitativeValue value',
      { currency: 'USD', value: { value: 30, unitText: 'HOUR' } },
      [{ value: 30, currency: 'USD', unit: 'HOUR' }],
    ],
    [
      'an array of amounts',
      [
        { currency: 'USD', value: { minValue: 1, maxValue: 2 } },
        { currency: 'CAD', value: { minValue: 3, maxValue: 4 } },
      ],
      [
        { min: 1, max: 2, currency: 'USD' },
        { min: 3, max: 4, currency: 'CAD' },
      ],
    ],
    [
      'lying values passed through untouched',
      { currency: 'usd', value: { minValue: '90,000', maxValue: 10 } },
      [{ min: '90,000', max: 10, currency: 'usd' }],
    ],
  ])('flattens baseSalary as %s', (_, baseSalary, expected) => {
    const f = fieldsFromJobPosting({ '@type': 'JobPosting', title: 'X', baseSalary }, env);
    expect(f.structuredSalary).toMatchObject(expected);
  });

  it("never reads estimatedSalary: a board's guess is not the job's pay", () => {
    const est = {
      '@type': 'MonetaryAmountDistribution',
      currency: 'USD',
      duration: 'P1Y',
      percentile10: 70000,
      percentile90: 90000,
    };
    expect(
      fieldsFromJobPosting({ '@type': 'JobPosting', estimatedSalary: est }, env).structuredSalary,
    ).toBeUndefined();
    const both = fieldsFromJobPosting(
      { '@type': 'JobPosting', baseSalary: 1, estimatedSalary: est },
      env,
    );
    expect(both.structuredSalary).toEqual([{ value: 1 }]);
  });

  it('reads a remote posting', () => {
    const f = fieldsFromJobPosting(
      {
        '@type': 'JobPosting',
        title: 'Remote Baker',
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: [
          { '@type': 'Country', name: 'Canada' },
          { '@type': 'Country', name: 'Mexico' },
        ],
        hiringOrganization: 'Dough Co',
        employmentType: 'Part-time',
        identifier: 12345,
      },
      env,
    );
    expect(f).toMatchObject({
      workplace: 'remote',
      locations: ['Remote (Canada)', 'Remote (Mexico)'],
      company: 'Dough Co',
      employmentType: 'part_time',
      jobId: '12345',
    });
  });

  it('keeps plain-text descriptions as text', () => {
    expect(
      fieldsFromJobPosting({ '@type': 'JobPosting', description: 'Line one\nLine two' }, env)
        .descriptionText,
    ).toBe('Line one\nLine two');
  });

  it.each([
    [{}, 'Line one\nLine two'],
    [{ description: true }, 'Line one\nLine two'],
    [{ description: false }, undefined],
  ])('with options %j reads the description as %j, the other fields alike', (options, want) => {
    const node = {
      '@type': 'JobPosting',
      title: 'Welder',
      description: '<p>Line one</p><p>Line two</p>',
    };
    const f = fieldsFromJobPosting(node, env, options);
    expect(f.descriptionText).toBe(want);
    expect(f.title).toBe('Welder');
  });

  it.each([
    null,
    42,
    'text',
    [],
    { '@type': 'JobPosting', title: { nested: true }, jobLocation: 7, baseSalary: { value: null } },
  ])('never throws on %j', (bad) => {
    expect(() => fieldsFromJobPosting(bad, env)).not.toThrow();
    expect(fieldsFromJobPosting(bad, env).source).toBe('json-ld');
  });
});
