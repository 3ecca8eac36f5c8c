import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/schema/posting.ts';
import type { From } from '../messaging/check-incoming.ts';
import { testBackgroundDeps } from '../testing/background-deps.ts';
import { match, posting, profile } from '../testing/fixtures.ts';
import { createHandlers } from './handlers.ts';
import { recordReport } from './record-report.ts';

const URL_A = 'https://boards.greenhouse.io/acme/jobs/101';
const fromTab = (tabId: number, url = URL_A): From => ({ kind: 'content', tabId, url });
const popup: From = { kind: 'page', page: 'popup', tabId: null };

function setup(opts: { live?: boolean } = {}) {
  const badges = new Map<number, string>();
  const notices: string[] = [];
  const told: number[] = [];
  const deps = testBackgroundDeps({
    score: (_p, post) => match({ score: post.skills.length * 10 }),
    setBadge: async (tabId, b) => void badges.set(tabId, b.text),
    notifyPages: async (tabId, what) => void notices.push(`${tabId}:${what}`),
    tellContent: async (tabId) => void told.push(tabId),
    pingContent: async () => (opts.live === false ? null : { url: URL_A, key: null }),
  });
  // What page/look records once it has parsed a posting from the page (record-report.ts):
  // a content script can no longer send a posting itself.
  const report = (url: string, p: Posting, from: From) => {
    if (from.kind !== 'content') throw new Error('content only');
    return recordReport(deps, from, url, p);
  };
  return { deps, h: createHandlers(deps), report, badges, notices, told };
}

describe('background handlers', () => {
  it('a report stores the tab state, scores it with the profile and sets the badge', async () => {
    const { deps, h, badges, report } = setup();
    await deps.store.setProfile(profile());
    const view = await report(URL_A, posting(), fromTab(3));
    // A site starts with the panel collapsed to its bar, which carries the posting's pay.
    expect(view).toEqual({
      tabId: 3,
      hidden: false,
      collapsed: true,
      pay: '$120K–$150K / yr · USD',
    });
    expect(badges.get(3)).toBe('20');
    const tab = await h['tab/get']({ tabId: 3 }, popup);
    expect(tab).toMatchObject({
      status: 'posting',
      key: 'greenhouse:101',
      match: { score: 20 },
      hasProfile: true,
    });
  });

  it('without a profile: a dot badge and no match; "no posting" clears the badge', async () => {
    const { h, badges, report } = setup();
    await report(URL_A, posting(), fromTab(3));
    expect(badges.get(3)).toBe('•');
    await h['posting/none']({ url: URL_A }, fromTab(3));
    expect(badges.get(3)).toBe('');
    expect((await h['tab/get']({ tabId: 3 }, popup)).status).toBe('none');
  });

  it('refuses a report about another site than the sending page', async () => {
    const { h } = setup();
    await expect(h['posting/none']({ url: 'https://evil.example/x' }, fromTab(3))).rejects.toThrow(
      /outside the sending page/,
    );
  });

  it('saves from the tab state (not from anything the page sends), one entry per job', async () => {
    const { deps, h, report } = setup();
    await report(URL_A, posting(), fromTab(1));
    await report(`${URL_A}?gh_src=x`, posting(), fromTab(2, `${URL_A}?gh_src=x`));
    await Promise.all([h['role/save']({ tabId: 1 }, popup), h['role/save']({ tabId: 2 }, popup)]);
    expect(Object.keys(await deps.store.getSavedRoles())).toEqual(['greenhouse:101']);
    await expect(h['role/save']({ tabId: 9 }, popup)).rejects.toThrow(/No job posting/);
  });

  it('a stale tab (content script gone) reads as unknown and is forgotten', async () => {
    const { deps, h, report } = setup({ live: false });
    await report(URL_A, posting(), fromTab(4));
    expect((await h['tab/get']({ tabId: 4 }, popup)).status).toBe('unknown');
    expect(await deps.tabs.get(4)).toBeNull();
  });

  it('importing a profile rescores open tabs and updates their badges', async () => {
    const { h, badges, notices, report } = setup();
    await report(URL_A, posting(), fromTab(5));
    await h['profile/import']({ profile: profile() }, { kind: 'page', page: 'options', tabId: 9 });
    expect(badges.get(5)).toBe('20');
    expect(notices).toContain('5:tab');
    expect(notices).toContain('null:profile');
  });

  it('hiding the panel on a host tells that host’s tabs only', async () => {
    const { h, told, report } = setup();
    await report(URL_A, posting(), fromTab(6));
    await h['posting/none'](
      { url: 'https://jobs.lever.co/x/y' },
      fromTab(7, 'https://jobs.lever.co/x/y'),
    );
    const site = await h['site/panel']({ host: 'boards.greenhouse.io', hidden: true }, popup);
    expect(site).toEqual({ hidden: true, collapsed: true });
    expect(told).toEqual([6]);
    expect(await h['content/view']({ url: URL_A }, fromTab(6))).toMatchObject({ hidden: true });
  });

  it('the bar opens the panel for its own host only, and the site remembers it', async () => {
    const { h, told, report } = setup();
    await report(URL_A, posting(), fromTab(6));
    const lever = 'https://jobs.lever.co/x/y';
    await report(lever, posting(), fromTab(7, lever));
    const view = await h['content/open-panel']({ url: URL_A }, fromTab(6));
    expect(view).toEqual({
      tabId: 6,
      hidden: false,
      collapsed: false,
      pay: '$120K–$150K / yr · USD',
    });
    expect(told).toEqual([6]);
    // The next posting on the host opens framed; the other host keeps its bar. A tab with no
    // posting recorded at the URL has no pay for its bar.
    expect(await h['content/view']({ url: URL_A }, fromTab(8))).toMatchObject({
      collapsed: false,
      pay: null,
    });
    expect(await h['content/view']({ url: lever }, fromTab(7, lever))).toMatchObject({
      collapsed: true,
    });
  });

  it('open-panel is refused from our pages and for a URL outside the sending page', async () => {
    const { deps, h, told } = setup();
    await expect(h['content/open-panel']({ url: URL_A }, popup)).rejects.toThrow(/content/);
    await expect(
      h['content/open-panel']({ url: 'https://jobs.lever.co/x/y' }, fromTab(6)),
    ).rejects.toThrow(/outside the sending page/);
    expect(told).toEqual([]);
    expect((await deps.store.getSettings()).sites).toEqual({});
  });
});
