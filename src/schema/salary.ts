import { z } from 'zod';

/** ISO 4217 code, upper case. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/);

export const PayPeriod = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type PayPeriod = z.infer<typeof PayPeriod>;

/** base = base pay; ote = on-target earnings; total_cash = base plus cash bonus, where the text says so. */
export const SalaryBasis = z.enum(['base', 'ote', 'total_cash']);
export type SalaryBasis = z.infer<typeof SalaryBasis>;

/** Where a field was read from. Structured sources beat prose. */
export const FieldSource = z.enum(['json-ld', 'adapter', 'api', 'text']);
export type FieldSource = z.infer<typeof FieldSource>;

const Amount = z.number().finite().nonnegative();

export const AnnualRange = z.object({
  min: Amount.nullable(),
  max: Amount.nullable(),
});

export const SalaryRange = z
  .object({
    /** Open bound ("up to £70,000") is null. A single figure gives min = max. */
    min: Amount.nullable(),
    max: Amount.nullable(),
    currency: CurrencyCode,
    /** True when no symbol or code was written and the currency came from context. */
    currencyAssumed: z.boolean().default(false),
    period: PayPeriod,
    /** Location or tier label where the posting splits pay by location ("Colorado", "Zone A"). */
    location: z.string().nullable(),
    basis: SalaryBasis,
    /** The same range per year, using the constants in src/salary/annualize.ts. */
    annual: AnnualRange,
    /** The exact source text of the range. */
    text: z.string(),
    source: FieldSource,
  })
  .refine((r) => r.min !== null || r.max !== null, { message: 'a range needs at least one bound' })
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, {
    message: 'min must not exceed max',
  });
export type SalaryRange = z.infer<typeof SalaryRange>;
