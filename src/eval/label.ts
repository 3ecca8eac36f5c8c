import { z } from 'zod';
import { PayPeriod } from '../schema/salary.ts';

/** One expected salary range, as the corpus labels write it (see the corpus README). */
export const ExpectedRange = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code'),
  period: PayPeriod,
  location: z.string().nullable().optional(),
  basis: z.string().nullable().optional(),
});
export type ExpectedRange = z.infer<typeof ExpectedRange>;

const Names = z.array(z.string()).default([]);

/** `<file>.label.json`. */
export const Label = z.object({
  is_posting: z.boolean(),
  salary: z.array(ExpectedRange),
  salary_acceptable_alternatives: z.array(z.array(ExpectedRange)).default([]),
  skills_required: Names,
  skills_nice: Names,
  skills_other: Names,
  notes: z.string().optional(),
});
export type Label = z.infer<typeof Label>;

/** One line of salary_strings.jsonl. */
export const StringCase = z.object({
  text: z.string(),
  expected: z.array(ExpectedRange),
});
export type StringCase = z.infer<typeof StringCase>;

/**
 * One line of a scale set (format: ../shared/scale/README.md). `expected` holds the range the
 * poster's form gave, or [] for a control that states no pay. Other fields are not read.
 */
export const ScaleRow = z.object({
  id: z.string().min(1),
  text: z.string(),
  expected: z.array(ExpectedRange),
});
export type ScaleRow = z.infer<typeof ScaleRow>;

/**
 * `<name>.label.json` beside a saved page `<name>.html` (format: ../shared/realpages/README.md):
 * the page's real URL, what it is, the pay it states and the skills a reader must find.
 */
export const PageLabel = z.object({
  url: z.url(),
  is_posting: z.boolean(),
  salary: z.array(ExpectedRange),
  salary_acceptable_alternatives: z.array(z.array(ExpectedRange)).default([]),
  skills_must_find: Names,
  site: z.string().optional(),
  title: z.string().optional(),
  company: z.string().optional(),
  notes: z.string().optional(),
});
export type PageLabel = z.infer<typeof PageLabel>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** JSON text -> value checked against a schema, or a readable message. Never throws. */
export function parseJsonAs<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON (${error instanceof Error ? error.message : error})` };
  }
  const checked = schema.safeParse(json);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, message: issuesText(checked.error) };
}
