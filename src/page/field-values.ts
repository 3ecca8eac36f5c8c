import { truncate } from '../text/truncate.ts';
import type { PageFields } from './page-fields.ts';

export type EmploymentTypeValue = NonNullable<PageFields['employmentType']>;
export type WorkplaceValue = NonNullable<PageFields['workplace']>;

/** A trimmed non-empty string, or null: structured sources put anything anywhere. */
export function cleanString(v: unknown, maxLength = 500): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  if (s === '') return null;
  return s.length > maxLength ? truncate(s, maxLength).trim() : s;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

const EMPLOYMENT: [RegExp, EmploymentTypeValue][] = [
  [/^(?:intern|internship|interns|trainee|apprentice(?:ship)?|werkstudent)$/, 'internship'],
  [
    /^(?:contract|contractor|contracting|freelance|freelancer|fixed ?term|contract to hire)$/,
    'contract',
  ],
  [/^(?:part ?time|parttime|per diem)$/, 'part_time'],
  [/^(?:temporary|temp|seasonal)$/, 'temporary'],
  [/^(?:full ?time|fulltime|permanent|regular|full ?time permanent)$/, 'full_time'],
];

function oneEmploymentType(v: unknown): EmploymentTypeValue | null {
  const s = cleanString(v, 60);
  if (!s) return null;
  // FULL_TIME, Full-time, FullTime, full time: one spelling.
  const key = s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[_\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, type] of EMPLOYMENT) if (re.test(key)) return type;
  return null;
}

/** schema.org / ATS employment type ("FULL_TIME", "Full-time", ["CONTRACTOR"]) or null. */
export function employmentTypeOf(v: unknown): EmploymentTypeValue | null {
  for (const item of asArray(v).slice(0, 10)) {
    const t = oneEmploymentType(item);
    if (t) return t;
  }
  // "Full-time, Permanent" or "Full time / Contract" in one string.
  const s = cleanString(v, 120);
  if (s && /[,/|]/.test(s)) {
    for (const part of s.split(/[,/|]/).slice(0, 6)) {
      const t = oneEmploymentType(part);
      if (t) return t;
    }
  }
  return null;
}

/** Workplace type as ATSs and schema.org spell it ("TELECOMMUTE", "OnSite", "on-site"). */
export function workplaceOf(v: unknown): WorkplaceValue | null {
  const s = cleanString(v, 60);
  if (!s) return null;
  const key = s.toLowerCase().replace(/[_\-\s]+/g, '');
  if (/^(?:remote|telecommute|fullyremote|remotefirst|workfromhome|wfh)$/.test(key))
    return 'remote';
  if (/^hybrid/.test(key)) return 'hybrid';
  if (/^(?:onsite|inoffice|office|inperson|onpremise)$/.test(key)) return 'onsite';
  return null;
}

const PAY_WORDS = new Set([
  'salary',
  'salaries',
  'pay',
  'compensation',
  'wage',
  'wages',
  'hourly',
  'rate',
  'rates',
  'range',
  'ranges',
  'band',
  'bands',
  'scale',
  'base',
  'annual',
  'hiring',
  'target',
  'the',
  'for',
  'in',
]);

/** Salary tier label without the words around it: "Colorado Salary Range" -> "Colorado". */
export function tierLabel(raw: string | null | undefined): string | null {
  const s = cleanString(raw, 200);
  if (!s) return null;
  const words = s.replace(/[:：]\s*$/, '').split(' ');
  const isPayWord = (w: string | undefined) =>
    w !== undefined && PAY_WORDS.has(w.toLowerCase().replace(/[():,–—-]/g, ''));
  // Word loops, not one clever regex: linear and easy to follow.
  while (
    words.length > 0 &&
    (isPayWord(words[words.length - 1]) || /^[-–—(]$/.test(words[words.length - 1] ?? ''))
  )
    words.pop();
  while (words.length > 0 && (isPayWord(words[0]) || /^[-–—:]$/.test(words[0] ?? '')))
    words.shift();
  const cleaned = balanceParens(
    words
      .join(' ')
      .replace(/^[\s\-–—:(]+|[\s\-–—:(]+$/g, '')
      .trim(),
  );
  // A tier is named by a place or a zone, not told in a sentence ("… the range for this role
  // is"): such a title names no tier.
  if (cleaned.split(' ').length > MAX_TIER_WORDS || SENTENCE.test(cleaned)) return null;
  return cleaned === '' ? null : cleaned;
}

const MAX_TIER_WORDS = 10;
const SENTENCE = /\b(is|are|was|were|will be|may be)$|[.!?]\s+\S/i;

/** "San Diego)" -> "San Diego": a closing bracket with no opening one is cut. */
function balanceParens(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out.trim();
}
