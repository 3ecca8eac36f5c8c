import { describe, expect, it } from 'vitest';
import { formatMoney, formatPay } from './money.ts';

describe('formatPay', () => {
  it.each([
    [188_000, 282_000, 'USD', 'year', '$188K–$282K / yr · USD'],
    [96_500.5, 120_000, 'USD', 'year', '$96.5K–$120K / yr · USD'],
    [45_000, null, 'EUR', 'year', 'from €45K / yr · EUR'],
    [null, 30, 'GBP', 'hour', 'up to £30 / hr · GBP'],
    [22.5, 24, 'USD', 'hour', '$22.50–$24.00 / hr · USD'],
    [62, 78, 'USD', 'hour', '$62–$78 / hr · USD'],
    [3_400, 3_400, 'EUR', 'month', '€3,400 / mo · EUR'],
    [700, null, 'EUR', 'day', 'from €700 / day · EUR'],
  ] as const)('%s–%s %s/%s', (min, max, currency, period, text) => {
    expect(formatPay(min, max, currency, period)).toBe(text);
  });

  it('never shows cents on yearly pay', () => {
    expect(formatMoney(9_999.99, 'USD', 'year')).toBe('$10,000');
  });

  it('writes an unknown currency code as a plain number', () => {
    expect(formatPay(1000, 2000, 'XQQ', 'month')).toBe('1,000–2,000 / mo · XQQ');
  });
});
