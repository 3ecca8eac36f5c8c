import { describe, expect, it } from 'vitest';
import { onetEntries } from './onet-entries.ts';

/** O*NET-shaped rows for invented products: one row per occupation. */
function rows(
  example: string,
  occupations: number,
  commodity: string,
  hot = false,
): Array<Record<string, string>> {
  return Array.from({ length: occupations }, (_, i) => ({
    'O*NET-SOC Code': `99-${example.length}${i}.00`,
    Example: example,
    'Commodity Title': commodity,
    'Hot Technology': hot ? 'Y' : 'N',
    'In Demand': 'N',
  }));
}

const ORDINARY = new Set('payroll planner module edition software the of and'.split(' '));
const opts = {
  minOccupations: 3,
  plainWords: (phrase: string) =>
    phrase.split(' ').every((w) => ORDINARY.has(w.toLowerCase()) || /^[A-Z]{2,5}$/.test(w)),
};

const HR = 'Human resources software';
const names = (table: Array<Record<string, string>>) => onetEntries(table, opts).map((d) => d.name);

describe('O*NET examples kept as skills', () => {
  // Zentrix is a vendor (three products) with one widely used product.
  const zentrix = [
    ...rows('Zentrix Ledgerly', 25, 'Accounting software', true),
    ...rows('Zentrix Paydesk', 1, HR),
    ...rows('Zentrix Shiftboard', 2, 'Time accounting software'),
  ];

  it('keeps a major vendor’s business product O*NET lists for one or two occupations', () => {
    expect(names(zentrix)).toEqual(
      expect.arrayContaining(['Zentrix Ledgerly', 'Zentrix Paydesk', 'Zentrix Shiftboard']),
    );
  });

  it('leaves out a rare product of a vendor nobody lists widely', () => {
    const quorbly = [
      ...rows('Quorbly Rostermate', 1, HR),
      ...rows('Quorbly Timecard', 1, HR),
      ...rows('Quorbly Benefitry', 2, HR),
    ];
    expect(names([...zentrix, ...quorbly])).not.toContain('Quorbly Rostermate');
  });

  it('leaves out rare products outside office and business work', () => {
    const lab = rows('Zentrix Spectrawave', 1, 'Analytical or scientific software');
    expect(names([...zentrix, ...lab])).not.toContain('Zentrix Spectrawave');
  });

  it('leaves out long niche editions and one-word names below the count', () => {
    const extra = [
      ...rows('Zentrix Paydesk Module Extended Edition', 1, HR),
      ...rows('PayBrightly', 1, HR),
    ];
    const found = names([...zentrix, ...extra]);
    expect(found).not.toContain('Zentrix Paydesk Module Extended Edition');
    expect(found).not.toContain('PayBrightly');
  });

  it('a brand’s own line extends it: a one-word hot product leads its other products', () => {
    const table = [
      ...rows('Cloudora software', 40, 'Customer relationship management CRM software', true),
      ...rows('Cloudora Service Desk', 1, 'Customer relationship management CRM software'),
    ];
    expect(names(table)).toContain('Cloudora Service Desk');
  });

  it('a vendor’s own software by a coined name is a product; its plain name is a company', () => {
    const medi = [
      ...rows('MEDIQON software', 30, 'Medical software', true),
      ...rows('MEDIQON Charting', 3, 'Medical software'),
      ...rows('MEDIQON Billing', 3, 'Medical software'),
      ...rows('MEDIQON Orders', 3, 'Medical software'),
    ];
    const plain = [
      ...rows('Northwind', 5, 'Medical software'),
      ...rows('Northwind Charting', 3, 'Medical software'),
      ...rows('Northwind Billing', 3, 'Medical software'),
      ...rows('Northwind Orders', 3, 'Medical software'),
    ];
    const found = names([...medi, ...plain]);
    expect(found).toContain('MEDIQON');
    expect(found).not.toContain('Northwind');
  });
});
