import type { FieldSource, SalaryBasis } from '../schema/salary.ts';

/**
 * A salary as a structured source states it (JSON-LD baseSalary, Lever salaryRange, Ashby
 * compensation), before validation. Values are `unknown` because such data lies: string
 * numbers, wrong types, min above max. src/salary/from-structured.ts turns it into a
 * SalaryRange or rejects it with a reason.
 */
export interface RawSalary {
  min?: unknown;
  max?: unknown;
  /** A single figure (QuantitativeValue.value) or a bare string ("$120k-$150k"). */
  value?: unknown;
  currency?: unknown;
  /** unitText ("YEAR", "HOUR") or an ATS interval ("per-year-salary"). */
  unit?: unknown;
  location?: string | null;
  basis?: SalaryBasis | null;
}

/** A block of page text that states pay for one tier (Greenhouse pay-transparency block). */
export interface SalaryBlock {
  text: string;
  /** The tier's label as the page writes it ("Colorado", "Zone A"), or null. */
  location: string | null;
}

/**
 * What one structured source (JSON-LD, a site adapter, an ATS API object) says about the
 * page. Every field is optional: the parser merges sources, structured before prose.
 */
export interface PageFields {
  source: FieldSource;
  title?: string | null;
  company?: string | null;
  locations?: string[];
  workplace?: 'remote' | 'hybrid' | 'onsite' | null;
  employmentType?: 'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary' | null;
  jobId?: string | null;
  /** The job description as plain text, one block per line (never glued across markup). */
  descriptionText?: string | null;
  structuredSalary?: RawSalary[];
  salaryBlocks?: SalaryBlock[];
  /** True when the page lists many jobs rather than describing one. */
  isListing?: boolean;
  /** Hints for the detector ("schema.org JobPosting", "Greenhouse job page"). */
  /**
   * The site's page has not rendered its job yet (a shell that fills in after load): what
   * else the page holds (JSON-LD for search engines) may be a summary, so it is watched until
   * the job renders.
   */
  pending?: boolean;
  reasons?: string[];
}
