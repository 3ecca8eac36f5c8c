import { siteForUrl } from '../sites/site-urls.ts';

const TITLE_WORDS =
  /\b(?:jobs?|careers?|hiring|vacanc(?:y|ies)|opening|position|apply|engineer|developer|manager|designer|analyst|scientist|specialist|intern(?:ship)?|recruit\w*|stellenangebot|emploi|empleo|vacature)\b/i;
const URL_WORDS =
  /(?:^|[/._-])(?:jobs?|careers?|positions?|openings?|vacanc\w{0,4}|apply|hiring|recruit\w{0,6}|postings?|requisitions?)(?:$|[/._?=-])/i;
/**
 * Elements of <body> looked at, in document order. Bounds the cost on any page; a JSON-LD
 * block buried deeper is still found by the full parse once the URL or title looked right.
 */
const MAX_BODY_ELEMENTS = 600;
const MAX_LD_CHARS = 200_000;

function isJobPostingScript(el: Element): boolean {
  if ((el.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') return false;
  const text = el.textContent ?? '';
  return text.length <= MAX_LD_CHARS && text.includes('JobPosting');
}

function headSaysJob(doc: Document): boolean {
  if (TITLE_WORDS.test((doc.title ?? '').slice(0, 300))) return true;
  const head = doc.head;
  if (!head) return false;
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && isJobPostingScript(el)) return true;
    if (tag === 'meta' && el.getAttribute('property') === 'og:title') {
      if (TITLE_WORDS.test((el.getAttribute('content') ?? '').slice(0, 300))) return true;
    }
  }
  return false;
}

/** The first MAX_BODY_ELEMENTS elements: a JobPosting script, or a first h1 with job words. */
function bodySaysJob(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  let el: Element | null = body.firstElementChild;
  let h1Seen = false;
  for (let seen = 0; el && seen < MAX_BODY_ELEMENTS; seen++) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && isJobPostingScript(el)) return true;
    if (tag === 'h1' && !h1Seen) {
      h1Seen = true;
      if (TITLE_WORDS.test((el.textContent ?? '').slice(0, 300))) return true;
    }
    // Depth-first, no recursion and no stack: down, else across, else up and across.
    let next: Element | null = tag === 'script' || tag === 'svg' ? null : el.firstElementChild;
    while (!next && el && el !== body) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return false;
}

/**
 * A very cheap pre-check the content script runs on any page before real work: a site
 * adapter's job URL, job words in the URL, the title, og:title or first h1, or a JSON-LD
 * JobPosting in <head> or early in <body>. Bounded: never walks the whole page. False
 * negatives are cheap (SPAs rerun it on navigation); false positives only cost a parse.
 */
export function looksLikePostingCheap(doc: Document, url: URL): boolean {
  try {
    if (siteForUrl(url)) return true;
    if (URL_WORDS.test(url.pathname.slice(0, 300)) || URL_WORDS.test(url.search.slice(0, 300)))
      return true;
    return headSaysJob(doc) || bodySaysJob(doc);
  } catch {
    return false;
  }
}
