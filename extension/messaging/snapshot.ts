import { z } from 'zod';
import type { BuildInput } from '../../src/parse/build-posting.ts';
import { EmploymentType, Workplace } from '../../src/schema/posting.ts';
import { FieldSource, SalaryBasis } from '../../src/schema/salary.ts';
import { SNAPSHOT_LIMITS as L } from './snapshot-limits.ts';

const Field = z.string().max(L.field);
const Text = z.string().max(L.text);

/** A structured salary as the page states it: values stay unknown (src/salary/from-structured.ts judges them). */
const RawSalary = z.object({
  min: z.unknown().optional(),
  max: z.unknown().optional(),
  value: z.unknown().optional(),
  currency: z.unknown().optional(),
  unit: z.unknown().optional(),
  location: Field.nullable().optional(),
  basis: SalaryBasis.nullable().optional(),
});

const PageFieldsSchema = z.object({
  source: FieldSource,
  title: Field.nullable().optional(),
  company: Field.nullable().optional(),
  locations: z.array(Field).max(L.list).optional(),
  workplace: Workplace.nullable().optional(),
  employmentType: EmploymentType.nullable().optional(),
  jobId: Field.nullable().optional(),
  descriptionText: Text.nullable().optional(),
  structuredSalary: z.array(RawSalary).max(L.list).optional(),
  salaryBlocks: z
    .array(z.object({ text: Field, location: Field.nullable() }))
    .max(L.list)
    .optional(),
  isListing: z.boolean().optional(),
  reasons: z.array(Field).max(L.list).optional(),
});

/**
 * What the content script read from a page (src/parse/extract-document.ts), checked by the
 * background before it builds the posting from it.
 */
export const PageSnapshot = z.object({
  url: z.string().max(8192).nullable(),
  sources: z.array(PageFieldsSchema).max(L.sources),
  fallbackText: Text,
  fallbackTitle: Field.nullable(),
  fallbackCompany: Field.nullable().optional(),
  adapterId: Field.nullable(),
  hasJobPostingJsonLd: z.boolean(),
});

// The schema accepts exactly what buildPosting takes.
export type PageSnapshot = z.output<typeof PageSnapshot>;
const _same: (s: PageSnapshot) => BuildInput = (s) => s;
void _same;
