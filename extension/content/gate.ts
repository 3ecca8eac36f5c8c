import { classifyHeading, looksLikePostingCheap, siteForUrl } from '../core/page-check.ts';

const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 200_000;

function hasJobPostingLd(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_LD_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length <= MAX_LD_CHARS && text.includes('JobPosting')) return true;
  }
  return false;
}

/**
 * Is the page worth a full parse? Strong hints first: a site adapter recognises the URL as
 * one job's page, or a schema.org JobPosting is embedded. Otherwise job words in the URL,
 * title or first heading (looksLikePostingCheap); on a supported site (`matchedSite`), whose
 * adapters know every job URL, words alone describe careers advice, blogs and lists, so the
 * page must also look like one job's ad (postingEvidence), and that cheaper test goes first.
 */
export function mayBePosting(doc: Document, url: URL, matchedSite: boolean): boolean {
  if (siteForUrl(url) || hasJobPostingLd(doc)) return true;
  if (matchedSite && !postingEvidence(doc)) return false;
  return looksLikePostingCheap(doc, url);
}

/** Section headings; not h1, which names the page (an article's title is no section). */
const HEADINGS = 'h2,h3,h4,h5,h6,[role="heading"],dt,strong,b';
const MAX_HEADINGS = 150;
const MAX_HEADING_CHARS = 80;
/** Section kinds that belong to a job ad; "about", "other" and pay words appear in articles too. */
const POSTING_SECTIONS = new Set(['required', 'preferred', 'responsibilities', 'benefits']);
/**
 * Cheap pre-filter before classifyHeading, whose rules are many regular expressions: on a
 * page that is not a posting they would be compiled for nothing (about a millisecond).
 */
const SECTION_STEMS = [
  'responsib',
  'requirement',
  'qualification',
  'duties',
  'benefits',
  'perks',
  'we offer',
  'what you',
  'you\u2019ll',
  "you'll",
  'you will',
  'about you',
  'who you are',
  'looking for',
  'nice to have',
  'must have',
  'skills',
  'experience',
  'ideal candidate',
  'your profile',
  'the role',
  'your role',
  'day to day',
  'bonus',
];

const CONTROLS = 'button,a[href],input[type="submit"],input[type="button"],[role="button"]';
const MAX_CONTROLS = 300;
const MAX_CONTROL_CHARS = 40;
/** Exact control labels (lower case, spaces collapsed, trailing arrows and dots dropped). */
const APPLY_LABELS = new Set([
  'apply',
  'apply now',
  'apply here',
  'apply online',
  'easy apply',
  'quick apply',
  'apply for this job',
  'apply for this position',
  'apply for this role',
  'apply to this job',
  'apply for the job',
  'apply on company site',
  'apply on company website',
  'submit application',
  'submit your application',
  'bewerben',
  'jetzt bewerben',
  'postuler',
  'candidater',
  'solicitar',
  'aplicar',
  'candidatar-se',
  'candidati',
  'solliciteer',
  'solliciteer nu',
]);

/** Stems of every APPLY_LABELS entry: most controls ("Home", "Share") are dismissed on these. */
const APPLY_STEMS = ['appl', 'submit', 'bewerb', 'postul', 'candida', 'solicit', 'aplic', 'sollic'];

function controlLabel(el: Element): string {
  const raw = el.tagName === 'INPUT' ? (el.getAttribute('value') ?? '') : (el.textContent ?? '');
  if (raw.length > MAX_CONTROL_CHARS * 3) return '';
  const lower = raw.toLowerCase();
  if (!APPLY_STEMS.some((stem) => lower.includes(stem))) return '';
  return lower
    .replace(/\s+/g, ' ')
    .replace(/[\s→›»>!.]+$/, '')
    .trim();
}

function hasApplyControl(doc: Document): boolean {
  const controls = doc.querySelectorAll(CONTROLS);
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const el = controls[i];
    if (el && APPLY_LABELS.has(controlLabel(el))) return true;
  }
  return false;
}

function sectionKinds(doc: Document): number {
  const kinds = new Set<string>();
  const headings = doc.querySelectorAll(HEADINGS);
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const text = (headings[i]?.textContent ?? '').trim();
    if (text === '' || text.length > MAX_HEADING_CHARS) continue;
    const lower = text.toLowerCase();
    if (!SECTION_STEMS.some((stem) => lower.includes(stem))) continue;
    const kind = classifyHeading(text.replace(/:$/, ''));
    if (kind && POSTING_SECTIONS.has(kind)) kinds.add(kind);
    if (kinds.size >= 2) break;
  }
  return kinds.size;
}

/**
 * Does a page whose only hint is words look like one job's ad? An apply control, or headings
 * of two different posting sections (duties and requirements, requirements and benefits…).
 * Bounded DOM queries, set lookups, no text walk: an article costs well under a millisecond.
 */
export function postingEvidence(doc: Document): boolean {
  try {
    return hasApplyControl(doc) || sectionKinds(doc) >= 2;
  } catch {
    return false;
  }
}
