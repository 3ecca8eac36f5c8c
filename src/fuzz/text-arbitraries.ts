import fc from 'fast-check';
import {
  BIDI,
  CONTROLS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  DASHES,
  FOREIGN_DIGIT_RUNS,
  HUGE_NUMBERS,
  LONE_SURROGATES,
  LONG_WORDS,
  SCRIPT_WORDS,
  ZERO_WIDTH,
} from './chars.ts';

/** Words and marks salary and skill text is made of, so noise reaches the parsers' deep paths. */
const SALARY_WORDS = [
  'salary',
  'Salary:',
  'pay range',
  'compensation',
  'base pay',
  'OTE',
  'bonus',
  '401(k)',
  'equity',
  'per year',
  'per annum',
  '/yr',
  '/hr',
  ' an hour',
  'p.a.',
  'monthly',
  'LPA',
  'lakhs',
  'crore',
  'k',
  'K',
  'M',
  'to',
  'and',
  'between',
  'up to',
  'from',
  'od',
  'do',
  'CA:',
  'Zone A:',
  'in Colorado',
  '(NY, WA)',
  'Competitive',
];

const SKILL_WORDS = [
  'Python',
  'Go',
  'C++',
  'C#',
  '.NET',
  'Node.js',
  'R',
  'C',
  'Kubernetes',
  'k8s',
  'React',
  'SQL',
  '5+ years of',
  '3-5 years',
  'Requirements:',
  'Nice to have:',
  '## Qualifications',
  'must have',
  'is a plus',
];

const PUNCTUATION = [
  '\n',
  '\n\n',
  ' ',
  ',',
  '.',
  ':',
  ';',
  '(',
  ')',
  '/',
  '+',
  '%',
  '•',
  '- ',
  '\t',
];

/** Plausible amounts written every way postings (and broken exporters) write them. */
const amount: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc
    .tuple(
      fc.integer({ min: 1, max: 5_000_000 }),
      fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'hi-IN', 'ar-EG', 'fa-IR', 'de-CH', 'pl-PL'),
    )
    .map(([n, locale]) => n.toLocaleString(locale)),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n}k`),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(...HUGE_NUMBERS),
);

/** One piece of adversarial text; weights keep the long runs rare so runs stay fast. */
export const adversarialPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SALARY_WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...SKILL_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 6 },
  { arbitrary: amount, weight: 8 },
  { arbitrary: fc.constantFrom(...CURRENCY_SYMBOLS), weight: 5 },
  { arbitrary: fc.constantFrom(...CURRENCY_CODES), weight: 3 },
  { arbitrary: fc.constantFrom(...DASHES), weight: 5 },
  { arbitrary: fc.constantFrom(...ZERO_WIDTH), weight: 2 },
  { arbitrary: fc.constantFrom(...BIDI), weight: 2 },
  { arbitrary: fc.constantFrom(...CONTROLS), weight: 2 },
  { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 2 },
  { arbitrary: fc.constantFrom(...FOREIGN_DIGIT_RUNS), weight: 2 },
  { arbitrary: fc.constantFrom(...SCRIPT_WORDS), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom(...LONG_WORDS), weight: 1 },
);

/** Adversarial text: pieces glued together, or spaced, or one per line. */
export const adversarialText: fc.Arbitrary<string> = fc
  .tuple(fc.array(adversarialPiece, { maxLength: 40 }), fc.constantFrom('', ' ', '\n'))
  .map(([parts, sep]) => parts.join(sep));

/** A salary statement of a well-formed kind, with adversarial characters spliced into it. */
export const brokenSalaryLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Salary: ', 'Pay range: ', 'Compensation ', ''),
    fc.constantFrom(...CURRENCY_SYMBOLS.slice(0, 60), ...CURRENCY_CODES.slice(0, 40), ''),
    amount,
    fc.constantFrom(...DASHES, ' to ', ' - '),
    fc.constantFrom(...CURRENCY_SYMBOLS.slice(0, 60), ''),
    amount,
    fc.constantFrom(' per year', ' an hour', ' / month', ' p.a.', ''),
    fc.array(
      fc.oneof(
        fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...LONE_SURROGATES, '\u0000', '\ufffd'),
        adversarialPiece,
      ),
      { maxLength: 3 },
    ),
    fc.nat(),
  )
  .map(([label, cur1, lo, dash, cur2, hi, period, splices, at]) => {
    const line = `${label}${cur1}${lo}${dash}${cur2}${hi}${period}`;
    let out = line;
    for (const s of splices) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + s + out.slice(i);
    }
    return out;
  });

/**
 * A posting-shaped text (title, requirements, pay) with adversarial noise between and inside
 * its parts: enough structure that the detector calls many of them postings, so salary and
 * skill output is actually produced and checked, not dropped as "not a posting".
 */
export const noisyPostingText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Senior Data Engineer', 'Backend Developer (Go)', 'Staff Nurse', ''),
    adversarialText,
    fc.array(fc.constantFrom(...SKILL_WORDS.slice(0, 12)), { maxLength: 6 }),
    brokenSalaryLine,
    adversarialText,
    fc.boolean(),
  )
  .map(([title, noise1, skills, pay, noise2, spaced]) => {
    const sep = spaced ? '\n\n' : '\n';
    return [
      title,
      'About the role',
      'We are hiring a full-time engineer to build our platform. You will work with the team.',
      noise1,
      'Requirements:',
      ...skills.map((s) => `- Experience with ${s}`),
      pay,
      noise2,
      'Apply now',
    ].join(sep);
  });

/** Any text a parser may meet: pure noise, a broken salary line, or a noisy posting. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  adversarialText,
  brokenSalaryLine,
  noisyPostingText,
  fc.string({ unit: 'binary', maxLength: 200 }),
);
