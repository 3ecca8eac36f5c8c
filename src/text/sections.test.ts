import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHeading, type SectionKind, splitSections } from './sections.ts';

describe('classifyHeading', () => {
  it.each<[string, SectionKind | null]>([
    ['Requirements', 'required'],
    ['Minimum qualifications', 'required'],
    ['Basic Qualifications:', 'required'],
    ['What we’re looking for', 'required'],
    ["What we're looking for", 'required'],
    ['What were looking for', 'required'],
    ['What you’ll need', 'required'],
    ['What youll need', 'required'],
    ['You have', 'required'],
    ['Must have', 'required'],
    ['Must-haves', 'required'],
    ['Who you are', 'required'],
    ['About you', 'required'],
    ['Skills', 'required'],
    ['Special Skill Requirements', 'required'],
    ['The ideal candidate', 'required'],
    ["You'll fit right in if", 'required'],
    ['Nice to have', 'preferred'],
    ['Nice-to-haves', 'preferred'],
    ['Preferred qualifications', 'preferred'],
    ['Bonus qualifications', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Desired skills', 'preferred'],
    ['Pluses', 'preferred'],
    ['Ideally you have', 'preferred'],
    ['Ideal skills & experience', 'preferred'],
    ['Preferred requirements', 'preferred'],
    ['What you’ll do', 'responsibilities'],
    ['What youll do', 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['Key Duties & Responsibilities', 'responsibilities'],
    ['The role', 'responsibilities'],
    ['About the role', 'responsibilities'],
    ['Benefits', 'benefits'],
    ['Perks', 'benefits'],
    ['What we offer', 'benefits'],
    ['Salary', 'compensation'],
    ['Compensation', 'compensation'],
    ['Pay range', 'compensation'],
    ['Compensation & Benefits', 'compensation'],
    ['About us', 'about'],
    ['About Acme Robotics', 'about'],
    ['Our commitment to diversity', 'about'],
    ['Equal Opportunity Employer', 'about'],
    ['Who we are', 'about'],
    ['Our tech stack', 'other'],
    ['Job description', 'responsibilities'],
    ['Interview process', 'other'],
    ['Location', null],
    ['Lorem ipsum dolor', null],
    ['', null],
  ])('%j -> %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

const kinds = (text: string) => splitSections(text).map((s) => [s.heading, s.kind]);

describe('splitSections', () => {
  it.each<[string, string, Array<[string | null, SectionKind]>]>([
    [
      'plain headings with colons, curly and missing apostrophes',
      'Intro line.\nWhat you’ll do:\nBuild things\nWhat were looking for:\nPython\nDesired skills:\nRust',
      [
        [null, 'other'],
        ['What you’ll do', 'responsibilities'],
        ['What were looking for', 'required'],
        ['Desired skills', 'preferred'],
      ],
    ],
    [
      'markdown and bold headings',
      '## About Acme\nWe make robots.\n### **Requirements**\n- Go\n**Nice to have:**\n- Rust\n#### Benefits\nDental',
      [
        ['About Acme', 'about'],
        ['Requirements', 'required'],
        ['Nice to have', 'preferred'],
        ['Benefits', 'benefits'],
      ],
    ],
    [
      'inline labels at the start of a line',
      'Job Duties: build pipelines.\nMinimum Requirements: a degree.\nSpecial Skill Requirements: (1) Java; (2) SQL.\nSalary: $100,000 per year',
      [
        ['Job Duties', 'responsibilities'],
        ['Minimum Requirements', 'required'],
        ['Special Skill Requirements', 'required'],
        ['Salary', 'compensation'],
      ],
    ],
    [
      'short title lines without a colon',
      'Qualifications\nExperience with Kubernetes\nStrong communication skills\nNice to Have\nExperience with Kafka',
      [
        ['Qualifications', 'required'],
        ['Nice to Have', 'preferred'],
      ],
    ],
    [
      'an unknown short sub-heading inside a list keeps the list kind',
      'Requirements:\nLanguages:\nGo, Rust\nCloud:\nAWS\n## Interview process\nThree calls',
      [
        ['Requirements', 'required'],
        ['Languages', 'required'],
        ['Cloud', 'required'],
        ['Interview process', 'other'],
      ],
    ],
    [
      'a bulleted inline label covers its own line, then the list resumes',
      'The details:\n- Location: remote\n- Benefits: dental and vision\n- Duration: six months',
      [
        ['The details', 'other'],
        ['Benefits', 'benefits'],
        ['The details', 'other'],
      ],
    ],
    [
      'a sentence wrapped onto its own line before a colon is no heading',
      'Nice to have:\nIdeally you would also feel at home\nin the following areas:\n- Terraform',
      [['Nice to have', 'preferred']],
    ],
    [
      'a bullet that merely starts like a heading word is not a heading',
      'Nice to have:\n- Experience with Rust\n- Skills in Elixir',
      [['Nice to have', 'preferred']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('gives sections whose text is the input slice at their start, in order', () => {
    const text = 'Hello\n\n## Requirements\nGo\n\nBenefits:\nDental\n';
    const sections = splitSections(text);
    let last = -1;
    for (const s of sections) {
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      last = s.start;
    }
    expect(sections.map((s) => s.text).join('')).toBe(text);
  });

  it('returns [] for empty or non-string input without throwing', () => {
    expect(splitSections('')).toEqual([]);
    expect(splitSections(undefined as unknown as string)).toEqual([]);
    expect(classifyHeading(42 as unknown as string)).toBeNull();
  });

  it('never throws and always returns consistent slices (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('## Requirements', 'Nice to have:', '- Salary: 5', '**Bonus**', '\n'),
          ),
        ),
        (parts) => {
          const text = parts.join('\n');
          for (const s of splitSections(text)) {
            expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
            expect(s.text.trim()).not.toBe('');
          }
        },
      ),
    );
  });

  it('stays linear on a megabyte of headings', () => {
    const text = '# Requirements\nGo\n'.repeat(50_000);
    const t0 = performance.now();
    expect(splitSections(text)).toHaveLength(50_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
