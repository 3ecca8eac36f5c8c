import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  employmentTypeFromText,
  NEAR_PATTERNS,
  titleFromText,
  workplaceFromText,
} from './fields-from-text.ts';

describe('workplaceFromText', () => {
  it.each([
    ['Location: Remote (US)\nWe build maps.', 'remote'],
    ['This role is fully remote.', 'remote'],
    ['Work from home anywhere in Spain.', 'remote'],
    ['Hybrid: 2 days a week in our Oslo office.', 'hybrid'],
    ['Remote | Hybrid possible', 'hybrid'],
    ['This is an on-site role in Austin.', 'onsite'],
    ['This position is not remote; you will work from our lab.', 'onsite'],
    ['We build remote sensing satellites in Toulouse.', null],
    ['We bake bread.', null],
    ['', null],
  ])('%j -> %s', (text, expected) => {
    expect(workplaceFromText(text)).toBe(expected);
  });

  it('lets the header decide over the body', () => {
    const text = `Location: Remote\n${'We write software. '.repeat(200)}\nOur hybrid offices are in Paris.`;
    expect(workplaceFromText(text)).toBe('remote');
  });
});

describe('employmentTypeFromText', () => {
  it.each([
    ['Acme | Developer | REMOTE | Full-time', 'full_time'],
    ['Acme | Developer | REMOTE | Full-time Contract', 'contract'],
    ['Job type: Part-time\nWe need help on weekends.', 'part_time'],
    ['Summer Internship 2025 - Data', 'internship'],
    ['Temporary role covering parental leave', 'temporary'],
    [`${'x '.repeat(800)}\nThis is a full-time position with benefits.`, 'full_time'],
    [`${'x '.repeat(800)}\nThis is a contract role for six months.`, 'contract'],
    [`${'x '.repeat(800)}\nWe review every contract our clients sign.`, null],
    ['We bake bread.', null],
  ])('%j -> %s', (text, expected) => {
    expect(employmentTypeFromText(text)).toBe(expected);
  });
});

describe('titleFromText', () => {
  it.each([
    ['Senior Data Engineer\nAcme Corp\nBerlin', 'Senior Data Engineer'],
    ['# [Platform Engineer](https://example.com/jobs/1)\n### Acme', 'Platform Engineer'],
    ['acme.io | Rust Developer | REMOTE | Full-time', 'Rust Developer'],
    ['**Head of Design**\nWe are a small studio.', 'Head of Design'],
    ['---\ntitle: "Notes from a developer survey"\n---\nSome text.', null],
    ['| senior-qa-engineer-1234 | Others |', null],
    [
      'We are a company that builds many things for many engineers and designers around the world.',
      null,
    ],
    ['About us\nWe bake bread.', null],
    ['', null],
  ])('%j -> %j', (text, expected) => {
    expect(titleFromText(text)).toBe(expected);
  });
});

describe('text fields stay fast on 1 MB of adversarial input', () => {
  it.each([
    ['remote words', 'remote '.repeat(150_000)],
    ['no newlines', 'a'.repeat(1_000_000)],
    ['markdown links', '[x]('.repeat(250_000)],
    ['contract words', 'contract '.repeat(110_000)],
  ])('%s', (_, text) => {
    const start = performance.now();
    workplaceFromText(text);
    employmentTypeFromText(text);
    titleFromText(text);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('workplaceFromText reads the body only past the header', () => {
  // The rule as first written: each pattern over the header slice, then over the body slice.
  const [hybrid, remote, notRemote, onsite] = NEAR_PATTERNS.map((p) => p.re) as RegExp[];
  const whole = (t: string) =>
    hybrid?.test(t)
      ? 'hybrid'
      : notRemote?.test(t)
        ? 'onsite'
        : remote?.test(t)
          ? 'remote'
          : onsite?.test(t)
            ? 'onsite'
            : null;
  const reference = (t: string) => whole(t.slice(0, 1500)) ?? whole(t.slice(0, 60_000));
  const piece = fc.constantFrom(
    'the position is remote',
    'remote sensing',
    'fully remote',
    'not remote',
    'hybrid',
    'on-site',
    '5 days a week in the office',
    'İ',
    'x'.repeat(37),
    'word '.repeat(60),
    '\n',
  );
  it('answers as reading header then body whole would, around the header edge', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = parts.join(' ');
        expect(workplaceFromText(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });
});
