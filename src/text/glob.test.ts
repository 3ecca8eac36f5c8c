import { describe, expect, it } from 'vitest';
import { globMatches } from './glob.ts';

describe('globMatches', () => {
  it.each([
    ['*jk=*', 'https://www.indeed.com/viewjob?jk=1', true],
    ['*jk=*', 'https://www.indeed.com/jobs?q=a', false],
    ['*/j/*', 'https://apply.workable.com/a/j/X', true],
    ['*-*-*-*-*', 'https://jobs.lever.co/acme-north-logistics', false],
    ['*-*-*-*-*', 'https://jobs.lever.co/a/0-1-2-3-4', true],
    ['*currentJobId=*', 'https://x.test/?currentjobid=1', false],
    ['*.test/a+b*', 'https://x.test/a+b?c', true],
    ['*.test/a+b*', 'https://xxtest/aab', false],
    ['/jobs/*', '/jobs/', true],
    ['/jobs', '/jobs/1', false],
    ['*ab*ab', 'xabab', true],
    ['*ab*ab', 'xab', false],
  ])('%s on %s: %s', (glob, text, expected) => {
    expect(globMatches(glob, text)).toBe(expected);
  });
});
