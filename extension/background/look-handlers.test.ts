import { describe, expect, it } from 'vitest';
import type { From } from '../messaging/check-incoming.ts';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';
import { type Epoch, PageLook } from '../messaging/parse-messages.ts';
import { testBackgroundDeps } from '../testing/background-deps.ts';
import { createLookHandlers } from './look-handlers.ts';

const URL_ = 'https://boards.greenhouse.io/acme/jobs/4012345';
const HTML = `<html><head><title>Welder at Acme</title></head><body><div id="app_body">
<h1 class="app-title">Welder</h1><div id="content"><h2>Responsibilities</h2><p>Weld steel frames.</p>
<h2>Requirements</h2><p>3+ years of TIG welding. Salary: $60,000 - $75,000 per year.</p></div></div></body></html>`;
const NOT_A_POSTING = '<html><body><p>Our team had a picnic.</p></body></html>';
const FIRST: Epoch = { isLastAttempt: false, force: false, silent: true };
const page = (html = HTML, epoch = FIRST, url = URL_) => ({ url, html, cut: false, epoch });
const content = (url = URL_): From => ({ kind: 'content', tabId: 3, url, frameId: 0 });

function setup() {
  const deps = testBackgroundDeps();
  return { deps, look: createLookHandlers(deps)['page/look'] };
}

describe('page/look', () => {
  it('parses the page, records the posting for the tab and answers the panel view', async () => {
    const { deps, look } = setup();
    const answer = await look(page(), content());
    expect(answer).toMatchObject({ report: true, again: true, view: { tabId: 3 } });
    expect(answer.look.key).toBe('greenhouse:4012345');
    const tab = await deps.tabs.get(3);
    expect(tab?.posting).toMatchObject({ site: 'greenhouse', jobId: '4012345' });
    expect(tab?.posting?.salary[0]).toMatchObject({ currency: 'USD', min: 60_000, max: 75_000 });
  });

  it('the same posting again: decided as the content script would, nothing recorded', async () => {
    const { deps, look } = setup();
    const first = await look(page(), content());
    const before = await deps.tabs.get(3);
    const epoch: Epoch = { ...FIRST, reported: first.look, silent: false };
    const again = await look(page(HTML, epoch), content());
    expect(again).toMatchObject({ report: false, again: false, view: null });
    expect(again.look).toEqual(first.look);
    expect((await deps.tabs.get(3))?.updatedAt).toBe(before?.updatedAt);
  });

  it('"no posting" in a document that said nothing is not recorded; after a posting it is', async () => {
    const { deps, look } = setup();
    const quiet = await look(page(NOT_A_POSTING), content());
    expect(quiet).toMatchObject({ look: { key: null }, report: false, view: null });
    expect(await deps.tabs.get(3)).toBeNull();
    const first = await look(page(), content());
    const epoch: Epoch = { ...FIRST, reported: first.look, silent: false };
    const gone = await look(page(NOT_A_POSTING, epoch), content());
    expect(gone.view).not.toBeNull();
    expect((await deps.tabs.get(3))?.posting).toBeNull();
  });

  it('says so when the page was cut', async () => {
    const { deps, look } = setup();
    await look({ ...page(), cut: true }, content());
    expect((await deps.tabs.get(3))?.posting?.reasons.at(-1)).toMatch(
      /longer than 8,000,000 characters/,
    );
  });

  it('refuses the HTML of another origin than the sender, and records nothing', async () => {
    const { deps, look } = setup();
    await expect(
      Promise.resolve().then(() => look(page(HTML, FIRST, 'https://evil.test/jobs/1'), content())),
    ).rejects.toThrow(/outside/);
    expect(await deps.tabs.get(3)).toBeNull();
  });

  it('refuses anything but a content script', async () => {
    const { look } = setup();
    await expect(
      Promise.resolve().then(() => look(page(), { kind: 'page', page: 'popup', tabId: null })),
    ).rejects.toThrow(/content scripts/);
  });

  it.each([
    ['not an object', 'x'],
    ['no HTML', { url: URL_, cut: false, epoch: FIRST }],
    ['HTML over the limit', page('x'.repeat(PAGE_HTML_LIMIT + 1))],
    ['no cut flag', { url: URL_, html: HTML, epoch: FIRST }],
    ['no report state', { url: URL_, html: HTML, cut: false }],
    [
      'a report state without its flags',
      page(HTML, { reported: { key: null, fingerprint: null } } as Epoch),
    ],
  ])('the schema refuses %s', (_label, raw) => {
    expect(PageLook.safeParse(raw).success).toBe(false);
  });
});
