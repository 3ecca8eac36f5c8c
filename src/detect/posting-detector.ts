import { explainerSignals } from './explainer-signals.ts';
import {
  articleSignals,
  fundingSignals,
  listingSignals,
  resumeSignals,
  surveySignals,
} from './negative-signals.ts';
import { postingSignals } from './posting-signals.ts';
import { detectView, type Signal } from './signal.ts';

export interface DetectInput {
  url: string | null;
  title: string | null;
  text: string;
  hasJobPostingJsonLd: boolean;
  adapterId: string | null;
  adapterHasJob: boolean;
  isListing: boolean;
  salaryCount: number;
  skillCount: number;
  sectionKinds: string[];
}

export interface DetectResult {
  isPosting: boolean;
  /** 0..1: how sure the detector is that the page is one job posting. */
  confidence: number;
  /** Plain-language evidence, strongest first. */
  reasons: string[];
}

/**
 * Log-odds before any evidence: a page is presumed not to be a posting. Two points of
 * evidence (a requirements section and a hiring sentence, say) tip it over.
 */
const PRIOR = -2;
/**
 * isPosting when confidence >= 0.5, i.e. when the evidence outweighs the prior. Structured
 * evidence (schema.org JobPosting, a site adapter that found a job) is worth 4 on its own,
 * enough unless the page is a listing.
 */
export const POSTING_THRESHOLD = 0.5;
const MAX_REASONS = 8;

function structuredSignals(input: DetectInput): Signal[] {
  const out: Signal[] = [];
  if (input.hasJobPostingJsonLd) out.push({ weight: 4, reason: 'schema.org JobPosting found' });
  if (input.adapterId && input.adapterHasJob) {
    out.push({ weight: 4, reason: `${input.adapterId} job page with one job` });
  } else if (input.adapterId) {
    out.push({
      weight: 0.5,
      reason: `${input.adapterId} job address, but the job was not found on the page`,
    });
  }
  if (input.isListing) out.push({ weight: -6, reason: 'the page lists many jobs' });
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Is this page one job posting? Layered: structured evidence first, then weighted text
 * signals for (sections, hiring voice, small print) and against (job lists, salary surveys,
 * funding news, résumés, articles). Never throws; bad input is "not a posting".
 */
export function detectPosting(input: DetectInput): DetectResult {
  try {
    const text = typeof input.text === 'string' ? input.text : '';
    // Lines, plain lines and words are read once and shared by every signal.
    const view = detectView(text);
    const signals: Signal[] = [
      ...structuredSignals(input),
      ...postingSignals({ ...input, text }, view),
      ...listingSignals(view),
      ...surveySignals(view),
      ...fundingSignals(view),
      ...resumeSignals(view),
      ...articleSignals(view),
      ...explainerSignals(view),
    ];
    const score = signals.reduce((sum, s) => sum + s.weight, PRIOR);
    const confidence = round(1 / (1 + Math.exp(-score)));
    const isPosting = confidence >= POSTING_THRESHOLD;
    const reasons = [...signals]
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, MAX_REASONS)
      .map((s) => s.reason);
    if (reasons.length === 0) reasons.push('nothing on the page reads like a job posting');
    return { isPosting, confidence, reasons };
  } catch (err) {
    return {
      isPosting: false,
      confidence: 0,
      reasons: [`could not check the page: ${err instanceof Error ? err.message : String(err)}`],
    };
  }
}
