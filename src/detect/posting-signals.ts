import { truncate } from '../text/truncate.ts';
import { countAt, DIGIT_RUN, led, occurs } from './gates.ts';
import { APPLY, EMPLOYMENT, HIRING, POSTING_NOUN } from './lang-phrases.ts';
import { GENDER_TAG, ROLE_NOUN } from './role-nouns.ts';
import { type DetectView, detectView, type Signal } from './signal.ts';

/** Section headings are short lines; the same words inside prose prove little. */
const HEADING_MAX = 70;

const REQUIREMENTS =
  /^(?:(?:minimum|basic|preferred|required|key|desired|your|the|our)\s+)?(?:requirements|qualifications|skills(?: (?:and|&) (?:experience|qualifications))?|must[- ]haves?|nice[- ]to[- ]haves?|what (?:you(?:'|’)?ll|you will|you) (?:need|bring|have)|what we(?:'|’)?re looking for|what we are looking for|who you are|about you|you (?:have|bring|are)|experience (?:required|needed)|ideal candidate|bonus points|what we look for|what (?:we(?:'|’)?re|we are) looking for)\b/i;
const RESPONSIBILITIES =
  /^(?:(?:key|main|your|core|primary|the|job|role)\s+)?(?:responsibilities|duties|what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll be doing|in this role|the role|your role|about the (?:role|job|position|opportunity)|role overview|job description|the opportunity|day[- ]to[- ]day|your mission|your impact|what your impact will be|what you(?:'|’)?ll work on|what you will work on)\b/i;
const BENEFITS =
  /^(?:(?:our|the|what we offer|employee)\s*)?(?:benefits|perks|what we offer|why (?:join|work)|compensation(?: (?:and|&) benefits)?)\b/i;

const YOU_WILL = led('you youll', /\byou(?:'|’)?ll\b|\byou will\b/i);
const YEARS = led(
  DIGIT_RUN,
  /\b\d{1,2}\+?\s?(?:(?:-|–|to)\s?\d{1,2}\+?\s?)?(?:years?|yrs?)\b[^.\n]{0,40}\bexperience\b/i,
);
const EEO = led(
  'equal without affirmative reasonable protected all',
  /\b(?:equal (?:employment )?opportunity(?: employer)?|without regard to (?:race|age|sex|gender)|affirmative action|reasonable accommodation|protected veteran|all qualified applicants)\b/i,
);
const JOB_URL =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|postings?|requisitions?)\/[^/?#]{2,}/i;

function headingSignals(plain: string[], sectionKinds: string[]): Signal[] {
  // Short lines, and the label of a "Label: text" line ("Minimum Requirements: a degree...").
  const headings: string[] = [];
  for (const l of plain) {
    if (l.length <= HEADING_MAX) headings.push(l);
    else {
      const colon = l.indexOf(':');
      if (colon > 2 && colon <= 50) headings.push(l.slice(0, colon));
    }
  }
  const kinds = sectionKinds.map((k) => k.toLowerCase());
  const out: Signal[] = [];
  if (
    headings.some((h) => REQUIREMENTS.test(h)) ||
    kinds.some((k) => /require|qualif|must|nice|prefer/.test(k))
  ) {
    out.push({ weight: 1.5, reason: 'has a requirements section' });
  }
  if (
    headings.some((h) => RESPONSIBILITIES.test(h)) ||
    kinds.some((k) => /respons|duties|role/.test(k))
  ) {
    out.push({ weight: 1.2, reason: 'has a responsibilities section' });
  }
  if (headings.some((h) => BENEFITS.test(h)) || kinds.some((k) => /benefit|perk/.test(k))) {
    out.push({ weight: 0.5, reason: 'describes benefits' });
  }
  return out;
}

export interface PostingSignalInput {
  url: string | null;
  title: string | null;
  text: string;
  salaryCount: number;
  skillCount: number;
  sectionKinds: string[];
}

const HEADER_WORDS =
  /\b(?:remote|hybrid|on-?site|in[- ]?person|full[- ]?time|part[- ]?time|contract|intern(?:ship)?|visa|relocation|salary|equity|\d{2,3}k\b)|[$€£]\s?\d/i;

/**
 * "Company | Role | Remote | Full-time | $150k": the header line of "who is hiring" threads
 * and job boards. Three or more pipe-separated parts near the top, one of them job metadata.
 */
function hasJobHeaderLine(lines: string[]): boolean {
  return lines.slice(0, 5).some((line) => {
    if (line.length > 400) return false;
    const parts = line.split(/\s\|\s/);
    return parts.length >= 3 && parts.some((p) => HEADER_WORDS.test(p));
  });
}

/** A gender tag on the title, or on a short line at the top where plain text keeps its title. */
function hasGenderTag(title: string, lines: readonly string[]): boolean {
  if (title.length <= 160 && GENDER_TAG.test(title)) return true;
  return lines.slice(0, 3).some((l) => l.length <= 160 && GENDER_TAG.test(l));
}

/** Evidence that a text is one job posting: its sections, its voice, its small print. */
export function postingSignals(
  input: PostingSignalInput,
  view: DetectView = detectView(input.text),
): Signal[] {
  const lines = view.lines;
  const out = headingSignals(view.plain, input.sectionKinds);
  if (occurs(view, HIRING))
    out.push({ weight: 1.2, reason: 'says it is hiring ("we are looking for")' });
  if (occurs(view, POSTING_NOUN))
    out.push({ weight: 0.5, reason: 'calls itself a job offer ("job opening", "Stellenangebot")' });
  if (hasJobHeaderLine(lines))
    out.push({
      weight: 2,
      reason: 'starts with a job header line (company | role | place | terms)',
    });
  if (occurs(view, APPLY)) out.push({ weight: 0.8, reason: 'invites applications' });
  const youWill = countAt(view, YOU_WILL.sticky, YOU_WILL.words);
  if (youWill >= 2)
    out.push({ weight: 0.7, reason: `speaks to the candidate ("you will", ${youWill} times)` });
  if (occurs(view, EMPLOYMENT)) out.push({ weight: 0.5, reason: 'states the employment type' });
  if (occurs(view, YEARS)) out.push({ weight: 0.7, reason: 'asks for years of experience' });
  if (occurs(view, EEO)) out.push({ weight: 0.8, reason: 'has an equal-opportunity statement' });
  if (input.salaryCount > 0) out.push({ weight: 0.7, reason: 'states a salary' });
  if (input.skillCount >= 3) out.push({ weight: 0.4, reason: `names ${input.skillCount} skills` });
  const title = input.title?.trim() ?? '';
  if (title !== '' && title.length <= 120 && ROLE_NOUN.test(title)) {
    out.push({
      weight: 0.6,
      reason: `the title reads like a job title ("${truncate(title, 60)}")`,
    });
  }
  if (hasGenderTag(title, lines))
    out.push({ weight: 1, reason: 'the title carries a gender tag ("m/w/d", "H/F")' });
  if (input.url && JOB_URL.test(input.url.slice(0, 500)))
    out.push({ weight: 0.4, reason: 'the address looks like a job page' });
  return out;
}
