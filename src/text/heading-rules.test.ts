import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents } from './fold.ts';
import {
  FILLER,
  matchHeading,
  normalizeHeading,
  RULE_WORDS,
  RULES_BY_LANG,
  wholeHeadingKind,
} from './heading-rules.ts';

/** The regex chain normalizeHeading replaced. */
const normalizeByRegex = (line: string) =>
  foldAccents(line.toLowerCase())
    .replace(/[’'‘`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** wholeHeadingKind without its word pre-check: every rule tried on every heading. */
function wholeByRules(label: string) {
  if (label.length > 300) return null;
  const norm = normalizeByRegex(label);
  const hit = matchHeading(norm);
  if (!hit) return null;
  if (/^about\b/.test(norm) && norm.split(/\s+/).length <= 4) return hit.kind;
  return hit.rest.split(' ').every((w) => w === '' || FILLER.has(w)) ? hit.kind : null;
}

const vocabulary = [...RULE_WORDS, ...FILLER];
const word = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom('Acme', 'senior', 'iOS', 'you’ll', "we're", 'İ', 'café', '401k', 'Stack!'),
  fc.string({ maxLength: 6 }),
);
const separator = fc.constantFrom(' ', '  ', ' & ', ': ', '-', ' / ', '’', "'", '**', ' — ');
const heading = fc
  .array(fc.tuple(word, separator), { maxLength: 7 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('normalizeHeading', () => {
  it.each([
    ['What You’ll Need:', 'what youll need'],
    ['  **Nice-to-haves** ', 'nice to haves'],
    ['Café & Perks', 'cafe perks'],
    ['Über uns', 'uber uns'],
    ['Zakres obowiązków', 'zakres obowiazkow'],
    ['Ce que nous t’offrons', 'ce que nous toffrons'],
    ['İstanbul', 'istanbul'],
    ['’', ''],
  ])('%j -> %j', (line, expected) => {
    expect(normalizeHeading(line)).toBe(expected);
  });

  it('gives what the lower-case and replace chain gave', () => {
    fc.assert(
      fc.property(fc.oneof(heading, fc.string({ maxLength: 40 })), (line) => {
        expect(normalizeHeading(line)).toBe(normalizeByRegex(line));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wholeHeadingKind', () => {
  it.each([
    ['Key Duties & Responsibilities', 'responsibilities'],
    ['About Acme Health', 'about'],
    ['Senior iOS Engineer', null],
    ['Requirements for the Acme role', null],
  ])('%j -> %s', (label, expected) => {
    expect(wholeHeadingKind(label)).toBe(expected);
  });

  it('answers as trying every rule would, with the word pre-check skipping them', () => {
    fc.assert(
      fc.property(heading, (label) => {
        expect(wholeHeadingKind(label)).toBe(wholeByRules(label));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows every word a rule matches', () => {
    fc.assert(
      fc.property(heading, (label) => {
        const hit = matchHeading(normalizeHeading(label));
        if (!hit) return;
        const norm = normalizeHeading(label);
        const rest = new Set(hit.rest.split(' '));
        for (const w of norm.split(' ')) if (!rest.has(w)) expect(RULE_WORDS.has(w)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('matchHeading', () => {
  /** Every rule of every language tried in order, none skipped; the longest first match wins. */
  function everyRule(norm: string) {
    let best: { kind: string; rest: string; length: number } | null = null;
    for (const rules of RULES_BY_LANG) {
      for (const [kind, re] of rules) {
        const m = re.exec(norm);
        if (!m) continue;
        const rest = `${norm.slice(0, m.index)} ${norm.slice(m.index + m[0].length)}`;
        if (!best || m[0].length > best.length) best = { kind, rest, length: m[0].length };
        break;
      }
    }
    return best && { kind: best.kind, rest: best.rest };
  }

  it('finds what trying every rule finds, skipping rules none of whose words are there', () => {
    fc.assert(
      fc.property(heading, (label) => {
        const norm = normalizeHeading(label);
        expect(matchHeading(norm)).toEqual(everyRule(norm));
      }),
      { numRuns: 5000 },
    );
  });
});
