import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../../src/dom/linkedom-env.ts';
import type { Epoch } from '../messaging/parse-messages.ts';
import type { ParsedLook } from './engine-api.ts';
import { mayBePosting } from './gate.ts';
import { createLooker } from './look.ts';

const JOB_URL = 'https://boards.greenhouse.io/acme/jobs/4012345';
const ARTICLE_URL = 'https://www.indeed.com/career-advice/pay-salary/talk-about-pay';

function setup(opts: { url?: string; body?: string; matchedSite?: boolean }) {
  const doc = parseHtmlLinkedom(
    `<!doctype html><html><head><title>Page</title></head><body>${opts.body ?? '<h1>Welder</h1><p>Weld things.</p>'}</body></html>`,
  );
  Object.defineProperty(doc, 'readyState', { value: 'complete' });
  const state = { href: opts.url ?? JOB_URL, mutations: 0, parses: 0 };
  // The controller's report state: what the background recorded, as a controller keeps it.
  const epoch: Epoch = { isLastAttempt: false, force: false, silent: true };
  const parse = async (d: Document, _url: string, sent: Epoch): Promise<ParsedLook> => {
    state.parses += 1;
    expect(sent).toEqual({ ...epoch, force: sent.force });
    const key = 'greenhouse:4012345';
    const fingerprint = d.querySelector('h1')?.textContent ?? '';
    epoch.reported = { key, fingerprint };
    return { key, fingerprint, answer: { report: true, again: true, pending: false, view: null } };
  };
  const look = createLooker({
    doc,
    href: () => state.href,
    matchedSite: opts.matchedSite ?? true,
    mayBePosting,
    mutations: () => state.mutations,
    epoch: (force) => ({ ...epoch, force }),
    parse,
  });
  /** Change the page the way a script would (and the observer would count it). */
  const mutate = (fn: (d: Document) => void) => {
    fn(doc);
    state.mutations += 1;
  };
  return { doc, state, epoch, look, mutate };
}

describe('createLooker', () => {
  it('parses a job page once; later looks at an unchanged page do no work', async () => {
    const { state, look } = setup({});
    const first = await look(false);
    expect(first).toMatchObject({ key: 'greenhouse:4012345', parsed: true, settled: false });
    for (let i = 0; i < 5; i++) expect((await look(false)).parsed).toBe(false);
    expect(state.parses).toBe(1);
  });

  it('a DOM change that leaves the page probe equal does not re-parse', async () => {
    const { state, look, mutate } = setup({});
    await look(false);
    mutate((d) => d.body.setAttribute('class', 'ticked'));
    mutate((d) => {
      const p = d.querySelector('p');
      if (p) p.textContent = 'Weld thinks.'; // same length
    });
    expect((await look(false)).parsed).toBe(false);
    expect(state.parses).toBe(1);
  });

  it('late content (text added, a new heading) is parsed again', async () => {
    const { state, look, mutate } = setup({});
    await look(false);
    mutate((d) => d.body.append(d.createTextNode(' Pay: $30 an hour.')));
    expect((await look(false)).parsed).toBe(true);
    mutate((d) => {
      const h1 = d.querySelector('h1');
      if (h1) h1.textContent = 'Welders';
    });
    expect(await look(false)).toMatchObject({ parsed: true, fingerprint: 'Welders' });
    expect(state.parses).toBe(3);
  });

  it('a new URL (SPA navigation) is parsed again even with the same DOM', async () => {
    const { state, look } = setup({});
    await look(false);
    state.href = 'https://boards.greenhouse.io/acme/jobs/4012399';
    expect((await look(false)).parsed).toBe(true);
    expect(state.parses).toBe(2);
  });

  it('a look without a parse answers nothing: the background alone reports a posting', async () => {
    const { look } = setup({});
    expect((await look(false)).answer).not.toBeNull();
    expect(await look(false)).toMatchObject({ parsed: false, answer: null });
  });

  it('a posting that would be reported again is parsed again, never reused', async () => {
    const { state, epoch, look, mutate } = setup({});
    await look(false);
    // The URL changed and the DOM not yet (reported is the old job's): the content matches
    // what was reported under another key, so the schedule's last look reports it.
    epoch.previous = { key: 'greenhouse:1', fingerprint: 'Welder' };
    epoch.reported = { key: 'greenhouse:1', fingerprint: 'Welder' };
    epoch.isLastAttempt = true;
    expect((await look(false)).parsed).toBe(true);
    // Same page, unchanged DOM: reported now, so the unchanged-page shortcut holds again.
    expect((await look(false)).parsed).toBe(false);
    mutate((d) => d.body.setAttribute('class', 'ticked'));
    expect((await look(false)).parsed).toBe(false);
    expect(state.parses).toBe(2);
  });

  it('force parses again whatever the caches say', async () => {
    const { state, look } = setup({});
    await look(false);
    expect((await look(true)).parsed).toBe(true);
    expect(state.parses).toBe(2);
  });

  it('a careers-advice article on a supported site: no parse, and the schedule may stop', async () => {
    const { state, look } = setup({
      url: ARTICLE_URL,
      body: '<h1>How to talk about pay</h1><h2>Know the range</h2><p>Long text.</p>',
    });
    expect(await look(false)).toMatchObject({ key: null, settled: true, parsed: false });
    expect(state.parses).toBe(0);
  });

  it('the same words with an apply button: still no parse (the URL decides there)', async () => {
    const { state, look } = setup({
      url: ARTICLE_URL,
      body: '<h1>Welder</h1><p>Weld.</p><button>Apply now</button>',
    });
    expect(await look(false)).toMatchObject({ parsed: false, settled: true });
    expect(state.parses).toBe(0);
  });

  it('off the supported sites, words are enough (the user chose to run there)', async () => {
    const { state, look } = setup({
      url: 'https://careers.acme.test/openings/welder',
      matchedSite: false,
      body: '<h1>Welder</h1>',
    });
    expect((await look(false)).parsed).toBe(true);
    expect(state.parses).toBe(1);
  });

  it('a page with nothing, on an unsupported site, keeps looking (content may come late)', async () => {
    const { look } = setup({ url: 'https://example.test/', matchedSite: false, body: '<p>x</p>' });
    expect(await look(false)).toMatchObject({ key: null, settled: false, parsed: false });
  });
});
