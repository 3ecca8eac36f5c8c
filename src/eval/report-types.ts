import type { SkillComparison } from './skills-compare.ts';

/** n right out of `of`; rate is n/of, or null when there is nothing to count. */
export interface Ratio {
  n: number;
  of: number;
  rate: number | null;
}

export interface DocumentResult {
  file: string;
  isPosting: boolean;
  /** What the parser said; null when the parse failed. */
  detected: boolean | null;
  /** Why the parse failed (threw, or returned an invalid Posting); null when it worked. */
  parseError: string | null;
  salaryRight: boolean;
  /** The label has no salary but the parse has some. */
  inventedPay: boolean;
  expectedSalary: string;
  gotSalary: string;
  /** Locations of the paired ranges, when the salary is right. */
  locationRight: number;
  locationTotal: number;
  skills: SkillComparison;
  /** Brief notes on what was wrong; empty when everything was right. */
  wrong: string[];
  millis: number;
}

export interface StringFailure {
  text: string;
  expected: string;
  got: string;
}

export interface StringsReport {
  file: string;
  right: Ratio;
  failures: StringFailure[];
}

export interface Problem {
  file: string;
  message: string;
}

export interface TargetCheck {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
}

/** One row of the per-group table: the figures of the documents sharing a file-name prefix. */
export interface GroupSummary {
  group: string;
  documents: number;
  /** Documents with every salary range exactly right. */
  salary: Ratio;
  inventedPay: number;
  /** Labelled postings the parser detected (recall). */
  postingsDetected: Ratio;
  /** Labelled non-postings the parser took for postings (false positives). */
  nonPostingsDetected: Ratio;
  skills: { precision: number | null; recall: number | null; f1: number | null };
  importance: Ratio;
}

export interface EvalReport {
  dir: string;
  /** Why the folder itself could not be read (nothing was evaluated); null when it could. */
  inputError: string | null;
  documents: DocumentResult[];
  /** The figures per file-name prefix (see summarize-groups.ts), by group name. */
  groups: GroupSummary[];
  salary: {
    all: Ratio;
    postings: Ratio;
    nonPostings: Ratio;
    /** Files whose label has no salary but whose parse has some. */
    inventedPay: string[];
    /** Ranges of documents with the salary right whose location also agrees (loosely). */
    location: Ratio;
  };
  skills: {
    /** Postings with a label that were scored (non-postings are reported apart). */
    documents: number;
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    precision: number | null;
    recall: number | null;
    f1: number | null;
    importance: Ratio;
    /** Non-postings for which the parse still reported skills, with how many. */
    onNonPostings: Array<{ file: string; count: number }>;
  };
  detection: {
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    trueNegatives: number;
    precision: number | null;
    recall: number | null;
    falsePositiveFiles: string[];
    falseNegativeFiles: string[];
  };
  /** Null when there was no salary_strings.jsonl or no extractor. */
  strings: StringsReport | null;
  stringsSkipped: string | null;
  targets: TargetCheck[];
  /** Unreadable files, bad labels, failed parses: reported, never thrown. */
  problems: Problem[];
  /** Files in the folder that have no label and were not evaluated. */
  unlabelled: string[];
  totalMillis: number;
}

/** A scale row that went wrong: a pay row whose range was not found, or a control with pay. */
export interface ScaleMiss {
  id: string;
  expected: string;
  got: string;
}

export interface ScaleReport {
  file: string;
  /** Why the file itself could not be read (nothing was evaluated); null when it could. */
  inputError: string | null;
  /** Rows evaluated (bad lines are problems and are not counted). */
  rows: number;
  /** Pay rows whose expected range is among the extracted ranges. */
  found: Ratio;
  /** The same, per expected "currency/period". */
  foundByKind: Array<{ kind: string; found: Ratio }>;
  /** Ranges beyond the expected one on pay rows: often other tiers, so information, not errors. */
  extra: { rows: number; ranges: number };
  /** Controls (no pay stated) for which the parse reported a salary. */
  invented: Ratio;
  /** Parse time only, one row after another on one core, in one cold pass (JIT warm-up in). */
  speed: {
    millis: number;
    medianMillis: number | null;
    perSecond: number | null;
    slowest: { id: string; millis: number } | null;
  };
  /** In file order. */
  misses: ScaleMiss[];
  targets: TargetCheck[];
  problems: Problem[];
}

export interface PageResult {
  /** The page file, `<name>.html`. */
  file: string;
  url: string;
  isPosting: boolean;
  /** What the parser said; null when the parse failed. */
  detected: boolean | null;
  parseError: string | null;
  salaryRight: boolean;
  expectedSalary: string;
  gotSalary: string;
  /** Must-find skills found (through aliases), and the names that were not. */
  skillsFound: number;
  skillsTotal: number;
  skillsMissed: string[];
  millis: number;
}

export interface PagesReport {
  dir: string;
  /** Why the folder itself could not be read (nothing was evaluated); null when it could. */
  inputError: string | null;
  pages: PageResult[];
  detected: Ratio;
  salary: Ratio;
  skills: Ratio;
  /** Pages with every must-find skill found, of pages that list any. */
  pagesWithAllSkills: Ratio;
  targets: TargetCheck[];
  problems: Problem[];
  /** Files in the folder that are neither a label nor a labelled page. */
  unlabelled: string[];
  totalMillis: number;
}
