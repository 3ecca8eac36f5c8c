import { firstPersonCount } from './first-person.ts';
import { countAt, DIGIT_RUN, distinctHits, type Gated, led, MONTH_RUN, occurs } from './gates.ts';
import type { DetectView, Signal } from './signal.ts';

export { firstPersonCount } from './first-person.ts';

const ROLE =
  '(?:Engineer|Developer|Programmer|Architect|Designer|Manager|Director|Lead|Leader|Analyst|Scientist|Researcher|Specialist|Consultant|Administrator|Coordinator|Representative|Associate|Officer|Technician|Intern|Accountant|Writer|Editor|Marketer|Recruiter|Strategist|Producer|Nurse|SRE|Owner|Advocate|Executive|Assistant|Tester)';
/** "Senior Software Engineer", "Staff Engineer II (Remote)", "Product Manager, Payments - Berlin". */
const TITLE_LINE = new RegExp(
  `^(?:[A-Z0-9][\\w+#./&'’-]{0,24}\\s+){0,6}${ROLE}s?(?:\\s+(?:I{1,3}|IV|V|[1-5]))?(?:\\s*(?:[,(|–—-]|\\bat\\b|\\bin\\b).{0,80})?$`,
);
/** Job-board slugs: "senior-qa-engineer-140084". */
const SLUG_LINE = /^[a-z0-9]+(?:-[a-z0-9]+){1,10}$/;
const SLUG_ROLE = new RegExp(`(?:^|-)${ROLE.toLowerCase()}(?:-|$)`, 'i');

function isTitleLine(line: string): boolean {
  if (line.length > 120 || /[.!?:]$/.test(line)) return false;
  const first = line.includes('|') ? (line.split(/\s*\|\s*/)[0] ?? line) : line;
  return TITLE_LINE.test(first) || (SLUG_LINE.test(first) && SLUG_ROLE.test(first));
}

const JOB_COUNT = led(
  `${DIGIT_RUN} view see browse search open job`,
  /\b\d[\d,]{0,7}\+? (?:open |remote |new |current )?(?:jobs|positions|openings|vacancies|roles|job offers)\b|\b(?:view|see|browse|search) (?:all )?(?:\d[\d,]{0,7} )?(?:open |remote )?(?:jobs|positions|openings|roles)\b|\bopen positions\b|\bjob alerts?\b/i,
);

/** A page that lists many jobs: many short lines that read like job titles. */
export function listingSignals(view: DetectView): Signal[] {
  const lines = view.plain;
  const titles = lines.filter(isTitleLine);
  const distinct = new Set(titles.map((t) => t.toLowerCase())).size;
  const out: Signal[] = [];
  if (distinct >= 8 || (distinct >= 5 && distinct / Math.max(1, lines.length) >= 0.25)) {
    out.push({
      weight: -(2.5 + Math.min(2, distinct / 20)),
      reason: `looks like a list of ${distinct} jobs`,
    });
  }
  if (occurs(view, JOB_COUNT)) {
    out.push({ weight: -0.8, reason: 'talks about many jobs ("open positions", "N jobs")' });
  }
  return out;
}

// Each pattern with the words one of which any match of it contains (see `gated`).
const SURVEY: Gated[] = [
  led('survey', /\bsurvey\b/i),
  led('respondent respondents', /\brespondents?\b/i),
  led('median', /\bmedian\b/i),
  led('average', /\baverage (?:annual )?(?:salary|salaries|pay|compensation)\b/i),
  led('percentile', /\bpercentile\b/i),
  led('by per across', /\b(?:by|per|across) (?:country|countries|region|city|cities)\b/i),
  led('dataset data the', /\b(?:dataset|data set|the data (?:shows?|showed|suggests?))\b/i),
  led(
    'box boxplot histogram bar scatter graph chart figure',
    /\b(?:box ?plot|histogram|bar chart|scatter plot|graph \d|chart \d|figure \d)\b/i,
  ),
  led(
    'in our key',
    /\b(?:in this (?:analysis|post|article|report)|our (?:analysis|findings)|key findings)\b/i,
  ),
  led(
    'salary pay compensation',
    /\bsalary (?:report|guide|trends?|data|insights)\b|\b(?:pay|compensation) (?:report|survey|study|benchmarks?)\b/i,
  ),
  led(
    'reported submitted self based',
    /\b(?:reported|submitted|self-reported) (?:salaries|pay|compensation)\b|\bbased on [\d,]{1,9} (?:salaries|salary reports|responses)\b/i,
  ),
];

/** A salary survey or analysis: statistics about many people's pay, not one offer. */
export function surveySignals(view: DetectView): Signal[] {
  const hits = distinctHits(view, SURVEY);
  if (hits < 2) return [];
  return [
    {
      weight: -Math.min(4.5, 0.9 * hits),
      reason: `reads like a salary survey or analysis (${hits} survey terms: median, respondents…)`,
    },
  ];
}

const FUNDING: Gated[] = [
  led('raised raises raising', /\b(?:raised|raises|raising)\b/i),
  led('series', /\bseries [a-f]\b/i),
  led('funding', /\bfunding(?: round)?\b/i),
  led('led', /\bled by\b/i),
  led('investor investors invested investment', /\binvestors?\b|\binvested\b|\binvestment\b/i),
  led('valuation', /\bvaluation\b/i),
  led('announced announces announcing', /\b(?:announced|announces|announcing)\b/i),
  led('venture ventures', /\bventure(?:s| capital)?\b/i),
  led('press for', /\bpress release\b|\bfor immediate release\b/i),
  led('seed pre', /\bseed round\b|\bpre-seed\b/i),
  led(
    'backed close closes closed',
    /\b(?:backed by|closes?|closed) (?:a |its )?(?:[$€£]\s?[\d.]{1,8} ?(?:m|mn|million|bn|billion)\b|top investors)|\bbacked by\b/i,
  ),
];

const HIRING_VOICE = led(
  'we to apply',
  /\b(?:we(?:'|’)re|we are) (?:looking for|seeking|hiring)\b|\bto apply\b|\bapply (?:now|here|today)\b/i,
);

/**
 * Funding news: money raised, rounds, investors. Postings mention funding in their company
 * blurb too, so when the text also asks people to apply the penalty is capped low.
 */
export function fundingSignals(view: DetectView): Signal[] {
  const hits = distinctHits(view, FUNDING);
  if (hits < 3) return [];
  const cap = occurs(view, HIRING_VOICE) ? 1.5 : 4;
  return [
    {
      weight: -Math.min(cap, 0.8 * hits),
      reason: `reads like funding news (${hits} funding terms: raised, Series, investors…)`,
    },
  ];
}

const MONTH =
  '(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s+|\\d{1,2}/)';
export const DATE_RANGE = new RegExp(
  `\\b(?:${MONTH})?(?:19|20)\\d{2}\\s?(?:-|–|—|to)\\s?(?:(?:${MONTH})?(?:19|20)\\d{2}|present|current|now|today)\\b`,
  'giy',
);
/** A date range starts with a year, a day or month number, or a month name. */
const DATE_LEADS = [DIGIT_RUN, MONTH_RUN];
const RESUME_HEADINGS =
  /^(?:education|experience|work experience|professional experience|employment history|work history|skills|technical skills|projects|references|certifications|summary|professional summary|objective|career objective|profile|languages|interests|awards|publications|volunteering)$/i;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}\b/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/;

/** A résumé: work history with date ranges, CV headings, first person, contact details. */
export function resumeSignals(view: DetectView): Signal[] {
  const body = view.body;
  const dates = countAt(view, DATE_RANGE, DATE_LEADS);
  const headings = new Set(
    view.plain
      // CV headings are single short lines: longer ones cannot match.
      .filter((l) => l.length <= 30)
      .map((l) => l.replace(/:$/, '').toLowerCase())
      .filter((l) => RESUME_HEADINGS.test(l)),
  ).size;
  const firstPerson = firstPersonCount(view);
  const head = body.slice(0, 600);
  const contact = head.includes('@') && EMAIL.test(head) && PHONE.test(head);
  const score =
    (dates >= 3 ? 2 : dates >= 2 ? 1 : 0) +
    (headings >= 3 ? 2 : headings >= 2 ? 1 : 0) +
    (firstPerson >= 2 ? 1 : 0) +
    (contact ? 1 : 0);
  if (score < 3) return [];
  const parts = [
    dates > 0 ? `${dates} date ranges` : '',
    headings > 0 ? `${headings} CV headings` : '',
    firstPerson > 0 ? 'first-person history' : '',
    contact ? 'contact details at the top' : '',
  ].filter((p) => p !== '');
  return [{ weight: -(2 + score), reason: `reads like a résumé (${parts.join(', ')})` }];
}

const ARTICLE = /^(?:author|publishdate|published|date|tags|layout|slug|categories):/im;
const ARTICLE_PHRASES = led(
  'min minute posted share subscribe related leave table frequently',
  /\b(?:min(?:ute)? read|posted (?:on|by)|share this (?:post|article)|subscribe to our newsletter|related (?:posts|articles)|leave a comment|table of contents|frequently asked questions)\b/i,
);

/** Blog post or news article furniture (front matter, "5 min read"). */
export function articleSignals(view: DetectView): Signal[] {
  const head = view.body.slice(0, 2000);
  if (ARTICLE.test(head) || occurs(view, ARTICLE_PHRASES)) {
    return [{ weight: -1, reason: 'has blog or news article markers' }];
  }
  return [];
}
