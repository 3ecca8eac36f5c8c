import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { employmentTypeOf, tierLabel, workplaceOf } from './field-values.ts';
import { htmlToText, roughHtmlToText } from './html-text.ts';

describe('employmentTypeOf', () => {
  it.each([
    ['FULL_TIME', 'full_time'],
    ['Full-time', 'full_time'],
    ['FullTime', 'full_time'],
    ['full time', 'full_time'],
    ['Permanent', 'full_time'],
    ['PART_TIME', 'part_time'],
    ['Part-Time', 'part_time'],
    ['CONTRACTOR', 'contract'],
    ['Contract', 'contract'],
    ['Fixed-term', 'contract'],
    ['INTERN', 'internship'],
    ['Internship', 'internship'],
    ['TEMPORARY', 'temporary'],
    [['VOLUNTEER', 'PART_TIME'], 'part_time'],
    ['Full-time, Permanent', 'full_time'],
    ['VOLUNTEER', null],
    ['', null],
    [42, null],
    [null, null],
  ])('%j -> %s', (value, expected) => {
    expect(employmentTypeOf(value)).toBe(expected);
  });
});

describe('workplaceOf', () => {
  it.each([
    ['TELECOMMUTE', 'remote'],
    ['remote', 'remote'],
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
    ['on-site', 'onsite'],
    ['OnSite', 'onsite'],
    ['In office', 'onsite'],
    ['unspecified', null],
    [undefined, null],
  ])('%j -> %s', (value, expected) => {
    expect(workplaceOf(value)).toBe(expected);
  });
});

describe('tierLabel', () => {
  it.each([
    ['United States Salary Range', 'United States'],
    ['Colorado Pay Range', 'Colorado'],
    ['Zone A', 'Zone A'],
    ['Zone 2 - Base Salary Range:', 'Zone 2'],
    ['New York City Hourly Rate', 'New York City'],
    ['Salary Range', null],
    ['Pay range for California', 'California'],
    ['San Diego) Hourly Range', 'San Diego'],
    ['United States (NYC, CT, NJ) Salary Range', 'United States (NYC, CT, NJ)'],
    ['At our firm, pay is one part of a package and is set within a range. The range is', null],
    ['The base salary range for this role is', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (value, expected) => {
    expect(tierLabel(value)).toBe(expected);
  });

  it('is fast on long adversarial labels', () => {
    const start = performance.now();
    tierLabel(`${' '.repeat(100_000)}x`);
    tierLabel(`${'Salary '.repeat(50_000)}!`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('htmlToText', () => {
  const env = { parseHtml: (html: string) => parseHTML(html).document as unknown as Document };
  it.each([
    ['plain text stays', 'Line one\nLine two', 'Line one\nLine two'],
    ['html becomes lines', '<p>One</p><p>Two</p>', 'One\nTwo'],
    [
      'escaped html is unescaped once, then read',
      '&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;',
      'One\nTwo & three',
    ],
  ])('%s', (_, html, expected) => {
    expect(htmlToText(html, env)).toBe(expected);
  });

  it('falls back to rough stripping when the host cannot parse', () => {
    const broken = {
      parseHtml: (): Document => {
        throw new Error('no DOM');
      },
    };
    expect(htmlToText('<p>One</p><p>Two &amp; three</p>', broken)).toBe('One\nTwo & three');
  });

  it('rough stripping is linear on 1 MB of unclosed tags', () => {
    const start = performance.now();
    roughHtmlToText('<a '.repeat(300_000));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
