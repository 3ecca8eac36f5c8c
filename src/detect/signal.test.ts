import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_RANGE, firstPersonCount } from './negative-signals.ts';
import './posting-signals.ts';
import { countAt, DIGIT_RUN, GATED, MONTH_RUN, occurs } from './gates.ts';
import { detectView, plainLine } from './signal.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(SEEDS + f, 'utf8'));

// The literal runs of the patterns' sources ("seed round", "pre-seed", "for immediate
// release"), so that generated texts hit every alternative, plus gate words, neighbours and
// separators that move \b.
const literals = GATED.map((g) =>
  g.re.source
    .replace(/\\[bdsw]/g, '|')
    .split(/[()|?:+*{}[\]^$\\]+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 1),
);
// Neighbouring runs joined ("related" + "posts"): a phrase and the first word of its group.
const pairs = literals.flatMap((l) => l.slice(1).map((x, i) => `${l[i]} ${x}`));
const vocabulary = [
  ...new Set(literals.flat()),
  ...new Set(pairs),
  ...new Set(GATED.flatMap((g) => g.words)),
  ...'we are re d to for the our a an all by of on in this open new job view search self pre top its 5 10 2021 $1.5 million m bn years yrs 5+ race action veteran applicants round capital now here today via deadline cv resume résumé round'.split(
    ' ',
  ),
];
const separators = [
  ' ',
  ' ',
  ' ',
  '-',
  "'",
  '’',
  '.',
  ',',
  ':',
  '\n',
  '_',
  'é',
  'ſ',
  'K',
  '/',
  '$',
  '',
];
const text = fc
  .array(
    fc.tuple(
      fc.constantFrom(...vocabulary),
      fc.constantFrom('lower', 'upper', 'title'),
      fc.constantFrom(...separators),
    ),
    { maxLength: 40 },
  )
  .map((parts) =>
    parts
      .map(([w, c, sep]) => {
        const cased =
          c === 'upper'
            ? w.toUpperCase()
            : c === 'title'
              ? w.charAt(0).toUpperCase() + w.slice(1)
              : w;
        return cased + sep;
      })
      .join(''),
  );

describe('gated detector patterns: occurs(view, g) is exactly g.re.test(body)', () => {
  it('has the patterns of both signal files', () => {
    expect(GATED.length).toBeGreaterThanOrEqual(30);
  });

  it('never skips a pattern that occurs (generated texts)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const view = detectView(t);
        for (const g of GATED) {
          expect(occurs(view, g), `${g.re} on ${JSON.stringify(t)}`).toBe(g.re.test(view.body));
        }
      }),
      { numRuns: 4000 },
    );
  });

  it.each(seeds.map((s, i) => [i, s] as const))('never skips a pattern on seed %i', (_i, s) => {
    const view = detectView(s);
    for (const g of GATED) expect(occurs(view, g), `${g.re}`).toBe(g.re.test(view.body));
  });
});

// One phrase per less likely alternative of the patterns, as pages write them.
const phrases = [
  "We'd love to hear from you.",
  'We’re recruiting!',
  'Join the company of builders',
  'The startup closes a $12.5 million round',
  'Backed by top investors',
  'FOR IMMEDIATE RELEASE',
  'Announcing our pre-seed',
  'Series B led by Example Ventures',
  'Self-reported salaries by city',
  'Based on 1,204 responses',
  'Box plot of pay; see Figure 3 and a boxplot',
  'Key findings: the data shows growth',
  'Compensation benchmarks for 2025',
  'Average annual compensation',
  'Click here to apply',
  'How to apply',
  'Send us your CV',
  'Submit your résumé',
  'Application deadline: May 1',
  '12 open jobs, view all 30 remote positions, job alerts',
  'Fixed-term contract role, full-time',
  'Contractor position',
  '3-5 yrs of hands-on experience',
  'All qualified applicants; protected veteran status; reasonable accommodation',
  'Without regard to age',
  'Equal Employment Opportunity Employer',
  '5 min read · Posted by the team · Leave a comment · Related articles',
  'Subscribe to our newsletter',
];

describe('gated detector patterns on written phrases', () => {
  it.each(phrases)('%s', (phrase) => {
    const view = detectView(phrase);
    let matched = 0;
    for (const g of GATED) {
      const hit = g.re.test(view.body);
      if (hit) matched++;
      expect(occurs(view, g), `${g.re}`).toBe(hit);
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('plainLine', () => {
  it.each([
    ['## Requirements', 'Requirements'],
    ['| Salary | $100k |', 'Salary | $100k'],
    ['- **Go** and `Rust`', 'Go and Rust'],
    ['• [Apply here](https://example.com/apply)', 'Apply here'],
    ['— the role', 'the role'],
    ['__Benefits__', 'Benefits'],
    ['plain words', 'plain words'],
    ['-not a bullet', '-not a bullet'],
    ['', ''],
  ])('%j -> %j', (line, want) => {
    expect(plainLine(line)).toBe(want);
  });
});

describe('countAt: every led pattern counts what a global match counts', () => {
  it('on generated texts', () => {
    const led = GATED.filter((g) => g.lead);
    const global = led.map((g) => new RegExp(g.re.source, `${g.re.flags}g`));
    fc.assert(
      fc.property(text, (t) => {
        const view = detectView(t);
        led.forEach((g, i) => {
          expect(countAt(view, g.sticky, g.words), `${g.re}`).toBe(
            view.body.match(global[i] as RegExp)?.length ?? 0,
          );
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('countAt: date ranges counted only where a number or a month name starts', () => {
  const pieces = fc.constantFrom(
    '2019',
    '2020',
    '1999',
    '03/2021',
    'Jan',
    'january',
    'Sept.',
    'SEPTEMBER',
    'janitor',
    'mar',
    ' - ',
    '–',
    ' to ',
    'to',
    'present',
    'now',
    'Today',
    ' ',
    '\n',
    '.',
    ',',
    'x',
    '12',
    '2019to2020',
  );
  const reference = new RegExp(DATE_RANGE.source, 'gi');
  it('counts exactly what a global match counts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const body = parts.join('');
        const view = detectView(body);
        expect(countAt(view, DATE_RANGE, [DIGIT_RUN, MONTH_RUN])).toBe(
          body.match(reference)?.length ?? 0,
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('firstPersonCount: tried where the word "I" stands, counts what the global pattern counts', () => {
  const whole =
    /(?:^|[.!?]\s|\n)I (?:am|have|led|built|designed|developed|worked|managed|was|created|implemented|helped)\b/g;
  const pieces = fc.constantFrom(
    'I',
    'i',
    'I am',
    'I have',
    'I led',
    'I built',
    'I helped',
    'I was',
    'I wasn',
    'I amble',
    'AI am',
    'worked',
    ' ',
    '\n',
    '. ',
    '.',
    '!',
    '?\n',
    '.\u00a0',
    'x',
    '_',
  );
  it('on generated texts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        const view = detectView(t);
        expect(firstPersonCount(view)).toBe(view.body.match(whole)?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});
