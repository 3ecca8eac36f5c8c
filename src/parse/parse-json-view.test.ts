import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { asBrowserJsonView, WORKDAY_CXS_JOB } from '../page/workday-cxs-fixture.ts';
import { parseInput } from './parse-input.ts';

const API_URL =
  'https://acme.wd3.myworkdayjobs.com/wday/cxs/acme/Careers/job/USA-TX-Austin/Platform-Engineer-II_REQ-4471';

describe('a JSON job answer opened in a browser tab', () => {
  it('parses as the same answer given as JSON', () => {
    const html = asBrowserJsonView(WORKDAY_CXS_JOB);
    const fromView = parseInput({ kind: 'html', html, url: API_URL }, linkedomEnv);
    const fromJson = parseInput(
      { kind: 'json', value: WORKDAY_CXS_JOB, url: API_URL },
      linkedomEnv,
    );
    expect(fromView).toEqual(fromJson);
    expect(fromView).toMatchObject({ isPosting: true, site: 'workday', jobId: 'REQ-4471' });
    expect(fromView.salary.map((r) => [r.min, r.max, r.currency, r.period])).toEqual([
      [118500, 143000, 'USD', 'year'],
    ]);
    const skills = fromView.skills.map((s) => s.name);
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'Rust', 'Terraform', 'PostgreSQL']));
    expect(skills).not.toContain('Haskell');
  });

  it('falls back to reading the page when the JSON is no job format JobLens knows', () => {
    const html = asBrowserJsonView({ weather: 'sunny', hiring: false });
    const posting = parseInput({ kind: 'html', html, url: null }, linkedomEnv);
    expect(posting.isPosting).toBe(false);
    expect(posting.reasons.join(' ')).not.toContain('not a job posting in any format');
  });
});
