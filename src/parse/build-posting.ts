import { employmentTypeFromText, workplaceFromText } from '../detect/fields-from-text.ts';
import { detectPosting } from '../detect/posting-detector.ts';
import { identifyLanguage } from '../lang/identify-language.ts';
import type { PageFields } from '../page/page-fields.ts';
import { extractSalaries } from '../salary/extract.ts';
import { structuredSalary } from '../salary/from-structured.ts';
import type { Posting } from '../schema/posting.ts';
import type { FieldSource, SalaryRange } from '../schema/salary.ts';
import { currencyFromUrl } from '../sites/url-currency.ts';
import { experienceFrom } from '../skills/experience.ts';
import { skillsFrom } from '../skills/extract.ts';
import { readSkillText } from '../skills/skill-text.ts';
import { boundText } from '../text/bound.ts';
import { breakFlatLabels } from '../text/flat-labels.ts';
import { splitRunTogetherItems } from '../text/run-together-items.ts';
import { splitSections } from '../text/sections.ts';
import { unglueHeadings } from '../text/unglue-headings.ts';
import { safeUrl } from './document-meta.ts';
import { pickField, pickLocations } from './merge-fields.ts';
import { mergeSalaries } from './merge-salary.ts';

export interface BuildInput {
  url: string | null;
  /** Structured sources, most trusted first (JSON-LD, ATS API object, site adapter). */
  sources: PageFields[];
  /** Description text when no source gives one (page main content, or the plain-text input). */
  fallbackText: string;
  /** Read only when no source names the title (a function: reading the page costs time). */
  fallbackTitle: string | null | (() => string | null);
  fallbackCompany?: string | null | (() => string | null);
  adapterId: string | null;
  hasJobPostingJsonLd: boolean;
}

function descriptionOf(sources: PageFields[], fallback: string): string {
  // The adapter scopes the description (no sidebars); JSON-LD is next best; prose last.
  const order: FieldSource[] = ['adapter', 'api', 'json-ld'];
  for (const kind of order) {
    const hit = sources.find((s) => s.source === kind && (s.descriptionText ?? '').trim() !== '');
    if (hit?.descriptionText) return hit.descriptionText;
  }
  return fallback;
}

function structuredRanges(
  sources: PageFields[],
  reasons: string[],
  urlCurrency: string | null,
): SalaryRange[] {
  const out: SalaryRange[] = [];
  for (const s of sources) {
    for (const raw of s.structuredSalary ?? []) {
      const { range, problem } = structuredSalary(raw, s.source);
      if (range) out.push(range);
      else if (problem) reasons.push(`Ignored ${s.source} salary: ${problem}`);
    }
    for (const block of s.salaryBlocks ?? []) {
      for (const r of extractSalaries(block.text, { defaultCurrency: urlCurrency })) {
        out.push({ ...r, source: s.source, location: r.location ?? block.location });
      }
    }
  }
  return dedupe(out);
}

function byTrust(sources: PageFields[], order: FieldSource[]): PageFields[] {
  return [...sources].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
}

function dedupe(ranges: SalaryRange[]): SalaryRange[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const k = `${r.min}|${r.max}|${r.currency}|${r.period}|${r.location ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The one place where sources, text extraction and detection meet to make a Posting. */
export function buildPosting(input: BuildInput): Posting {
  const { sources } = input;
  const record: Record<string, FieldSource> = {};
  const reasons: string[] = [];
  // A page far longer than any posting is read up to a limit (see src/text/bound.ts).
  const text = boundText(descriptionOf(sources, input.fallbackText));

  // The currency a bare "$" means: what structured data states, else what the site's country
  // implies (seek.com.au, uk.indeed.com), else the salary reader's own default.
  const urlCurrency = currencyFromUrl(safeUrl(input.url));
  const structured = structuredRanges(sources, reasons, urlCurrency);
  const defaultCurrency = structured[0]?.currency ?? urlCurrency;
  const prose = extractSalaries(text, { defaultCurrency });
  const salary = mergeSalaries(structured, prose);
  if (salary[0]) record.salary = salary[0].source;

  // One read of the text serves skills, their years, the experience asked and detection;
  // headings that scraping glued to their first line or flattened into a line, and lists run
  // together on one line, are put back on lines of their own.
  const lined = splitRunTogetherItems(breakFlatLabels(unglueHeadings(text)));
  const sections = splitSections(lined);
  const read = readSkillText(lined, sections);
  const skills = skillsFrom(read);
  if (skills.length > 0) record.skills = 'text';

  const fallback = input.fallbackTitle;
  const title =
    pickField(sources, 'title', record) ?? (typeof fallback === 'function' ? fallback() : fallback);
  if (title && !record.title) record.title = 'text';
  const fallbackCompany = input.fallbackCompany;
  const company =
    pickField(sources, 'company', record) ??
    (typeof fallbackCompany === 'function' ? fallbackCompany() : (fallbackCompany ?? null));
  const verdict = detectPosting({
    url: input.url,
    title,
    text: lined,
    hasJobPostingJsonLd: input.hasJobPostingJsonLd,
    adapterId: input.adapterId,
    // A site adapter, or an ATS's own job answer (API JSON), that found one titled job.
    adapterHasJob: sources.some(
      (s) => (s.source === 'adapter' || s.source === 'api') && !s.isListing && !!s.title,
    ),
    isListing: sources.some((s) => s.isListing === true),
    salaryCount: salary.length,
    skillCount: skills.length,
    sectionKinds: sections.map((s) => s.kind),
  });

  const posting: Posting = {
    url: input.url,
    isPosting: verdict.isPosting,
    confidence: verdict.confidence,
    reasons: [...sources.flatMap((s) => s.reasons ?? []), ...verdict.reasons, ...reasons],
    site: input.adapterId,
    // The ATS id from the URL identifies the role best; JSON-LD identifiers are often
    // requisition numbers shared across postings.
    jobId: pickField(byTrust(sources, ['adapter', 'api', 'json-ld']), 'jobId', record),
    title,
    company,
    locations: pickLocations(sources, record),
    workplace: pickField(sources, 'workplace', record) ?? workplaceFromText(text),
    employmentType: pickField(sources, 'employmentType', record) ?? employmentTypeFromText(text),
    // A page that is not a posting has no pay and no skills to show: anything found there
    // (a salary survey's figures, a résumé's skills) would be invented.
    salary: verdict.isPosting ? salary : [],
    skills: verdict.isPosting ? skills : [],
    experienceYears: verdict.isPosting ? experienceFrom(read) : null,
    language: identifyLanguage(title ? `${title}\n${text}` : text),
    sources: record,
  };
  // Built to the Posting type, so the compiler checks it; tests validate outputs against the
  // schema (no zod at run time in the content script).
  return posting;
}
