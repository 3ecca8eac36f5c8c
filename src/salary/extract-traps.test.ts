import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { extractSalaries } from './extract.ts';

/** Figures that are not pay, in the shapes postings write them. Each must give nothing. */
describe('extractSalaries: never pay', () => {
  it.each<[string, string]>([
    ['401(k) cap', 'Benefits include a 401(k) match of up to $7,500 per year'],
    ['401k', 'We offer a 401k with 5% match'],
    ['403(b)', 'Retirement: 403(b) plan with employer contribution'],
    ['funding', 'We recently raised $60M from leading investors'],
    ['funding words', 'after a $40mil Series B round'],
    ['seed money', 'Raised $12,000,000 seed'],
    ['market size', 'a $150B market waiting to be transformed'],
    ['revenue', 'We passed $2 billion in revenue'],
    ['ARR', 'ARR of $3,000,000'],
    ['GMV', 'Sellers trust us with $6 billion in GMV'],
    ['count with billion', 'handling 5 billion searches per day'],
    ['count of jobs', 'There are over 40,000 open roles listed'],
    ['count with M', '300M users every month'],
    ['count of customers', '180 happy clients'],
    ['percentage', 'salary 25% above market'],
    ['bonus percentage', 'up to 20% bonus'],
    ['stipend', '$1,200 annual learning stipend'],
    ['allowance', '$150/month phone allowance'],
    ['reimbursement', '$2,000 home office reimbursement'],
    ['equipment', '✨ $1k equipment reimbursement for your desk'],
    ['L&D budget', 'Personal L&D budget of £1,500 per year'],
    ['bonus', 'Annual bonus of up to $15,000'],
    ['RSU', 'RSU grant worth $40,000'],
    ['equity valued', 'equity package valued at 30,000 USD'],
    ['equity worth per year', 'a stock package, worth 18,000 EUR every year'],
    ['insurance cover', 'Health insurance – Coverage of INR 5,00,000 per annum for your family'],
    ['perk with two periods', '$300/month ($3,600/year) bonus for staff who come to the office'],
    ['monthly stipend', 'a $100 monthly wellness stipend'],
    ['donation match', 'donation match of $500 per year'],
    ['development budget', 'A generous development budget of $750 per annum'],
    ['month and year', 'Start date: January 2024'],
    ['two dates', 'Must graduate between December 2024 and June 2025'],
    ['slash date', 'Apply by 03/15/2025'],
    ['reference number', 'Reference #: 22-3191'],
    ['job id', 'Job ID 48213'],
    ['zip code', 'Austin, TX 78701'],
    ['years of experience', 'Pay is great. 5 years of experience required'],
    ['years with plus', '3+ years'],
    ['not specified', 'Salary\nNot Specified\n0'],
    ['review cycle', 'Salary review every 12 months'],
    ['leave days', 'Compensation: 25 days of paid leave'],
    ['year alone', 'Our salary bands are reviewed in 2025'],
    ['ranking', 'ranked 185 on the Fortune 500'],
    ['index name', 'listed on the Nasdaq-100'],
    ['version number', 'Version 2.3 release'],
    ['employee count', 'We have 1,500 employees and pay well'],
    ['multiplier prose', 'earn up to 3x the standard rate'],
    ['bonus range', 'base salary plus 10-15% bonus'],
    ['image file name', '![Median Compensation by Country](../img/q2_country_map.png)'],
    ['CAD meaning design', 'Join our CAD and 3D team of 12 engineers'],
    ['header sum with no pay words', '💰 253000.0 USD'],
    ['scale', 'Over 370 billion ad requests every day'],
    ['sales plan', 'pays 1% of incentive target for each 1% of quota'],
    ['competitive only', 'A competitive salary'],
  ])('%s', (_name, text) => {
    expect(extractSalaries(normalizeText(text))).toEqual([]);
  });

  it('keeps the salary next to a benefit', () => {
    const text =
      'Salary: $95,000 - $110,000. We also offer a $2,000 learning budget and a 401(k) match up to $6,000.';
    expect(extractSalaries(text).map((r) => [r.min, r.max])).toEqual([[95_000, 110_000]]);
  });

  it('an equity mention after "+" does not cancel the range', () => {
    expect(extractSalaries('$150k-$180k + equity + benefits').map((r) => r.max)).toEqual([180_000]);
  });

  it('never throws on junk', () => {
    for (const junk of [
      '',
      '$',
      '$$$',
      '---',
      '\uFFFD\uFFFD',
      '1,2,3,4,5',
      '$1,$1,$1',
      'k'.repeat(50),
    ]) {
      expect(() => extractSalaries(junk)).not.toThrow();
    }
    expect(extractSalaries(undefined as unknown as string)).toEqual([]);
    expect(extractSalaries(42 as unknown as string)).toEqual([]);
  });
});
