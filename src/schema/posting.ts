import { z } from 'zod';
import { FieldSource, SalaryRange } from './salary.ts';
import { SkillMention } from './skill.ts';

export const Workplace = z.enum(['remote', 'hybrid', 'onsite']);
export const EmploymentType = z.enum([
  'full_time',
  'part_time',
  'contract',
  'internship',
  'temporary',
]);

export const Posting = z.object({
  url: z.string().nullable(),
  isPosting: z.boolean(),
  /** 0..1: how sure we are that this page is one job posting. */
  confidence: z.number().min(0).max(1),
  /** Human-readable reasons for the detection verdict. */
  reasons: z.array(z.string()),
  /** Site adapter id ("greenhouse", "lever", ...) or null for generic pages. */
  site: z.string().nullable(),
  /** ATS job id where the site has one; used to identify a saved role. */
  jobId: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  locations: z.array(z.string()),
  workplace: Workplace.nullable(),
  employmentType: EmploymentType.nullable(),
  salary: z.array(SalaryRange),
  skills: z.array(SkillMention),
  experienceYears: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
  /**
   * The language the posting is written in (ISO 639-1: "en", "de", "fr"…), or null when too
   * little text tells. Absent in postings stored before it existed: read as null.
   */
  language: z.string().min(2).max(3).nullable().default(null),
  /** Where each field came from. */
  sources: z.record(z.string(), FieldSource),
});
export type Posting = z.infer<typeof Posting>;
