import type { PayPeriod } from '../schema/salary.ts';

const PERIOD: Record<PayPeriod, string> = {
  hour: 'hr',
  day: 'day',
  week: 'wk',
  month: 'mo',
  year: 'yr',
};

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, currency: string, compact: boolean, cents: boolean) {
  const key = `${locale}|${currency}|${compact}|${cents}`;
  let f = cache.get(key);
  if (!f) {
    const digits = {
      notation: compact ? 'compact' : 'standard',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : compact ? 1 : 0,
    } as const;
    try {
      f = new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits });
      // A currency with no symbol would repeat its code before each figure: the code is
      // already written once after the range.
      const mark = f.formatToParts(1).find((p) => p.type === 'currency')?.value;
      if (mark === currency) f = new Intl.NumberFormat(locale, digits);
    } catch {
      f = new Intl.NumberFormat(locale, digits);
    }
    cache.set(key, f);
  }
  return f;
}

/**
 * One amount as people read pay: yearly and monthly figures from 10,000 up in compact form
 * without cents ("$188K"), hourly and daily rates with cents only where they have them.
 */
export function formatMoney(
  amount: number,
  currency: string,
  period: PayPeriod,
  locale = 'en-US',
  /** Cents even on a whole amount: the other end of its range has them ("$27.50–$34.00"). */
  evenCents = false,
): string {
  const compact = (period === 'year' || period === 'month') && amount >= 10_000;
  const cents = !compact && period !== 'year' && (evenCents || !Number.isInteger(amount));
  return formatter(locale, currency, compact, cents).format(amount);
}

/** "$188K–$282K / yr · USD", "from €45K / yr · EUR", "up to £30 / hr · GBP". */
export function formatPay(
  min: number | null,
  max: number | null,
  currency: string,
  period: PayPeriod,
  locale = 'en-US',
): string {
  // Both ends of a range alike: cents on both when either has them.
  const evenCents = [min, max].some((n) => n !== null && !Number.isInteger(n));
  const f = (n: number) => formatMoney(n, currency, period, locale, evenCents);
  const amount =
    min !== null && max !== null
      ? min === max
        ? f(min)
        : `${f(min)}–${f(max)}`
      : min !== null
        ? `from ${f(min)}`
        : max !== null
          ? `up to ${f(max)}`
          : '?';
  return `${amount} / ${PERIOD[period]} · ${currency}`;
}
