import { describe, expect, it } from 'vitest';
import { parseNumeral } from './parse-number.ts';

describe('parseNumeral', () => {
  it.each([
    ['120000', 120_000, 0],
    ['172,500', 172_500, 0],
    ['196,378.35', 196_378.35, 2],
    ['253000.0', 253_000, 1],
    ['7.00', 7, 2],
    ['2.5', 2.5, 1],
    ['71.000', 71_000, 0],
    ['1.234.567', 1_234_567, 0],
    ['1.234,56', 1_234.56, 2],
    ['12,50', 12.5, 2],
    ['45 000', 45_000, 0],
    ['1 250 000', 1_250_000, 0],
    ["120'000", 120_000, 0],
    ['120’000', 120_000, 0],
    ['8,400', 8_400, 0],
    ['0,250', 250, 0],
    ['3.750.000', 3_750_000, 0],
    ['987,654,321,012,345', 987_654_321_012_345, 0],
  ])('%s -> %s', (raw, value, decimals) => {
    expect(parseNumeral(raw)).toEqual({ value, decimals });
  });

  it.each([
    ['7,50,000', 750_000],
    ['12,00,000', 1_200_000],
    ['1,00,00,000', 10_000_000],
  ])('%s -> %s in Indian grouping', (raw, value) => {
    expect(parseNumeral(raw)).toEqual({ value, decimals: 0, indian: true });
  });

  it('a thousands grouping is not Indian', () => {
    expect(parseNumeral('150,000')?.indian).toBeUndefined();
  });

  it.each([
    '1,2,3',
    '1.2.3,4,5',
    '12,3456',
    '',
    ',5',
    '5,',
    '1 23',
    '1234567890123456789',
    '1,234,567,890,123,456',
    '1,000.000',
    '1234,567',
  ])('rejects %j', (raw) => {
    expect(parseNumeral(raw)).toBeNull();
  });
});
