import {
  BIDI,
  CONTROLS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  DASHES,
  FOREIGN_DIGIT_RUNS,
  LONE_SURROGATES,
  SCRIPT_WORDS,
  ZERO_WIDTH,
} from './chars.ts';

/**
 * Adversarial input families for the linear-time check: each makes an input of about `size`
 * UTF-16 units by repeating one unit, so 100 KB and 1 MB of it differ only in length.
 */
export interface Family {
  name: string;
  kind: 'text' | 'html';
  make(size: number): string;
  /** The page's address: a job site's, so its adapter reads the page too. */
  url?: string;
}

/** One job URL per adapter: each HTML family also goes through one site's reader. */
const SITE = {
  greenhouse: 'https://boards.greenhouse.io/acme/jobs/4012345',
  lever: 'https://jobs.lever.co/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
  linkedin: 'https://www.linkedin.com/jobs/view/3912345678/',
  indeed: 'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
  workday: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Engineer_R-12345',
  ashby: 'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  smartrecruiters: 'https://jobs.smartrecruiters.com/AcmeCorp/743999912345678-engineer',
  workable: 'https://apply.workable.com/acme/j/1A2B3C4D5E/',
  icims: 'https://careers-acme.icims.com/jobs/12345/engineer/job',
  seek: 'https://www.seek.com.au/job/81234567',
  glassdoor: 'https://www.glassdoor.com/job-listing/x-JV_KO0,1.htm?jl=1009345678901',
  ziprecruiter: 'https://www.ziprecruiter.com/jobs-search?search=x&lk=AbC123-xyz',
  dice: 'https://www.dice.com/job-detail/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8',
  wellfound: 'https://wellfound.com/jobs/3012345-engineer',
  builtin: 'https://builtin.com/job/engineer/3456789',
  stepstone: 'https://www.stepstone.de/stellenangebote--Koch-Hamburg--12345678-inline.html',
  personio: 'https://acme.jobs.personio.de/job/1482213',
  teamtailor: 'https://acme.teamtailor.com/jobs/3301234-engineer',
  recruitee: 'https://acme.recruitee.com/o/engineer',
  bamboohr: 'https://acme.bamboohr.com/careers/57',
} as const;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

function text(name: string, unit: string): Family {
  return { name, kind: 'text', make: (size) => repeatTo(unit, size) };
}

/** A page whose body is `unit` repeated, then `tail`, read as a page of `site`. */
function html(name: string, unit: string, site?: keyof typeof SITE, tail = ''): Family {
  return {
    name,
    kind: 'html',
    make: (size) => `<html><head></head><body>${repeatTo(unit, size)}${tail}</body></html>`,
    ...(site ? { url: SITE[site] } : {}),
  };
}

const PAY = 'Salary: $120,000 - $150,000 per year';

export const FAMILIES: readonly Family[] = [
  text('400-digit runs', `${'9'.repeat(400)} `),
  text('one 1 MB numeral', '1,'),
  text('huge numbers', '$1e308 - $1.7976931348623157e308 '),
  text('every currency symbol', CURRENCY_SYMBOLS.map((s) => `${s}1 `).join('')),
  text('every currency code', CURRENCY_CODES.map((c) => `${c} 120,000 - `).join('')),
  text('every dash', DASHES.map((d) => `$1${d}2 `).join('')),
  text('replacement characters', '\ufffd1\ufffd$\ufffd'),
  text('mixed scripts', [...SCRIPT_WORDS, ...FOREIGN_DIGIT_RUNS.slice(0, 20)].join(' ')),
  text('bidi overrides', `${BIDI.join('$100,000')} per year `),
  text('zero-width in numbers', ZERO_WIDTH.map((z) => `1${z}0${z}0`).join(' $')),
  text('10,000-character words', `${'x'.repeat(10_000)} `),
  text('one 1 MB word', 'a'),
  text('NUL and controls', `${CONTROLS.join('1')}$`),
  text('lone surrogates', `${LONE_SURROGATES.join('$1')}k `),
  text('salary ranges', `${PAY}\n`),
  text('tier labels', 'CA: $100,000 - $120,000; NY (NYC, WA): '),
  text('open brackets', '($'),
  text('mojibake', 'â€”Ã©â€'),
  text('whitespace soup', ' \n\t\r\n \u00a0\u3000'),
  text('section headers', 'Requirements:\nNice to have:\n'),
  text('skill lists', 'Go, C++, C#, .NET, R, Node.js, k8s, '),
  text('years phrases', '5+ years of Python and 3-5 years '),
  text('bullets', '• - * '),
  html('unclosed divs (deep nesting)', '<div>', 'linkedin', PAY),
  html('unclosed list items', '<ul><li>Python ', 'greenhouse'),
  html('unclosed paragraphs', '<p>$100,000 - ', 'lever'),
  html('closing tags only', '</div></p>', 'indeed'),
  html('unterminated comment', 'x', 'workday', '<!-- $100,000'),
  html('furniture classes', '<div class="sidebar related similar-jobs" hidden>x', 'seek'),
  html('table cells', '<td>$1</td><td>—</td>', 'workable'),
  html('entities', '&#x2014;&amp;&#0;&#xD800;&nbsp;', 'icims'),
  html('angle brackets', '<<a<b', 'smartrecruiters'),
  html('inline spans', '<span>$1</span><span>—</span><span>2</span>'),
  html(
    'Greenhouse pay blocks',
    '<div class="pay-range"><span>$100,000</span><span>$120,000</span></div>',
    'greenhouse',
  ),
  html('nested pay boxes', '<div data-test="detailSalary">$1 (Glassdoor est.) ', 'glassdoor'),
  html(
    'job-type chips',
    '<li class="job_characteristics_data">Full-time - Remote</li>',
    'ziprecruiter',
  ),
  html('pay chips inside cards', '<div data-testid="job-card"><span id="payChip:1">$1', 'dice'),
  html('nested descriptions', '<div class="styles_description__x"><p>$1 ', 'wellfound'),
  html('icon facts', '<div><i class="fa-sack-dollar"></i>$1K', 'builtin'),
  html(
    'LinkedIn description boxes',
    '<div class="jobs-description__content">$1 - $2 <b>Go</b></div>',
    'linkedin',
  ),
  html(
    'StepStone data-at parts',
    '<div data-at="section-text-x-content"><span data-at="metadata-salary">€1 – €2</span>',
    'stepstone',
  ),
  html(
    'Personio sections with forms',
    '<section data-test-id="job-description-section"><form><label>€1',
    'personio',
  ),
  html('rich-text blocks and facts', '<div class="prose"><dl><dt>x</dt><dd>Hybrid', 'teamtailor'),
  html('fact list items', '<li>Full-time</li><li class="x-description">Remote', 'recruitee'),
  html('definition lists', '<dl><dt>Compensation</dt><dd>$1 - $2</dd></dl>', 'bamboohr'),
  {
    name: 'huge broken JSON-LD',
    kind: 'html',
    make: (size) =>
      `<script type="application/ld+json">{"@type":"JobPosting","description":"${repeatTo('<p>$1 ', size)}</script><p>${PAY}</p>`,
  },
  html(
    'many JSON-LD blocks',
    '<script type="application/ld+json">{"@type":"JobPosting","title":"x",}</script>',
  ),
  {
    name: 'unbalanced Ashby app data',
    kind: 'html',
    url: SITE.ashby,
    make: (size) =>
      `<script>window.__appData = {"posting":{"title":"x","descriptionHtml":"${repeatTo('{<p>$1 ', size)}</script>`,
  },
];
