import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../src/sites/site-urls.ts';
import { URL_EXAMPLES } from '../../src/sites/url-examples.ts';
import { ENGINE_PATH } from './engine-loader.ts';
import { mayBeJobUrl } from './job-url-hint.ts';
import { ENGINE_FILE } from './script-file.ts';

const examples = Object.values(URL_EXAMPLES).flatMap((e) => [...e.match, ...e.noMatch]);
describe('the stub’s URL hint, held to the src/sites URL modules', () => {
  it.each(examples)('%s: a job URL is never called certainly none', (u) => {
    const url = new URL(u);
    if (siteForUrl(url) !== null) expect(mayBeJobUrl(url)).toBe(true);
  });

  it.each([
    'https://job-boards.greenhouse.io/acme',
    'https://boards.greenhouse.io/acme/jobs',
    'https://www.indeed.com/jobs?q=rust+developer&l=Remote',
    'https://www.linkedin.com/jobs/search/?keywords=rust',
    'https://jobs.lever.co/acme',
    'https://jobs.ashbyhq.com/acme',
    'https://acme.wd5.myworkdayjobs.com/en-US/careers',
    'https://www.seek.com.au/rust-jobs',
  ])('%s: a board or search with no job open stays quiet', (u) => {
    expect(mayBeJobUrl(new URL(u))).toBe(false);
  });

  it('loads the engine file the build writes', () => {
    expect(ENGINE_PATH).toBe(ENGINE_FILE.built);
  });
});
