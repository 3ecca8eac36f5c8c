import { describe, expect, it } from 'vitest';
import { extractExperienceYears } from './experience.ts';

describe('extractExperienceYears', () => {
  it.each<[string, { min: number | null; max: number | null } | null]>([
    ['Requirements:\n- 5+ years of experience building APIs', { min: 5, max: null }],
    ['Qualifications\n3-5 years of experience in data engineering', { min: 3, max: 5 }],
    [
      'Minimum Requirements: a degree and one (1) year of experience in the job offered.',
      { min: 1, max: null },
    ],
    ['Requirements:\n* 8 - 10 years relevant experience', { min: 8, max: 10 }],
    ['Requirements:\n- 6+ year experience of professional development', { min: 6, max: null }],
    ['Requirements:\n- 3–10+ years experience in developer tooling', { min: 3, max: null }],
    ['You have: 4+ years in FP&A.', { min: 4, max: null }],
    ['We are looking for an engineer (3+ years of experience) to join us.', { min: 3, max: null }],
    ['Qualifications 5+ years of experience with Python.', { min: 5, max: null }],
    ['Acme was founded 5 years ago and has 200 staff.', null],
    ['With thousands of customers and 23+ years of experience, Acme leads the market.', null],
    [
      'About us\nFor 20 years of experience in retail we have served you.\nRequirements:\n- Python',
      null,
    ],
    ['Over the past 10 years we grew fast. Requirements: Python.', null],
    ['No numbers here at all.', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(extractExperienceYears(text)).toEqual(expected);
  });

  it('prefers the requirements section over earlier prose', () => {
    const text =
      'You will mentor people with 10 years of experience.\nRequirements:\n- 2+ years of experience with Go';
    expect(extractExperienceYears(text)).toEqual({ min: 2, max: null });
  });

  it('never throws on bad input', () => {
    expect(extractExperienceYears(undefined as unknown as string)).toBeNull();
    expect(extractExperienceYears('5 years '.repeat(20_000))).toBeNull();
  });
});
