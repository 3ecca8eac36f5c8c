import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../shared/fingerprint.ts';
import { PANEL_STYLES } from '../shared/panel-styles.ts';
import { testBackgroundDeps } from '../testing/background-deps.ts';
import { fakePageWorld } from '../testing/fake-page-world.ts';
import { backgroundLooksAt } from './job-url.ts';
import { lookAt } from './look-handlers.ts';
import { createPageLooks, type PageLookDeps } from './page-looks.ts';
import { PageRead } from './page-read.ts';
import { recordReport } from './record-report.ts';

const JOB = 'https://boards.greenhouse.io/acme/jobs/4012345';
const JOB2 = 'https://boards.greenhouse.io/acme/jobs/4012399';
const BOARD = 'https://boards.greenhouse.io/acme';
const posting = (title: string) => `<html><head><title>${title} at Acme</title></head><body>
<div id="app_body"><h1 class="app-title">${title}</h1><div id="content"><h2>Requirements</h2>
<p>3+ years of TIG welding. Salary: $60,000 - $75,000 per year.</p></div></div></body></html>`;
const SHELL = '<html><body><div id="root"></div></body></html>';

/**
 * The background's looks over one tab with a real page world (in-page.ts on a linkedom
 * document), the real parse and record (lookAt, recordReport) and storage in memory. What
 * goes into the page is logged: `read new`, `show`, `hold`, `inject`, …
 */
function setup(html: string, url: string) {
  const page = fakePageWorld(html, url);
  const bg = testBackgroundDeps();
  const calls: string[] = [];
  const logs: string[] = [];
  let failReads = 0;
  let onSleep: (n: number) => void = () => undefined;
  let sleeps = 0;
  let forever = false;
  /** Every record of the tab: its URL, key and title, in order. */
  const records: string[] = [];
  const set = bg.tabs.set;
  bg.tabs.set = async (state) => {
    records.push(`${state.url} ${state.key} ${state.posting?.title ?? '-'}`);
    return set(state);
  };
  const top = (tabId: number, at: string) => ({
    kind: 'content' as const,
    tabId,
    url: at,
    frameId: 0,
  });
  const deps: PageLookDeps = {
    looksAt: backgroundLooksAt,
    contentRuns: async (at) =>
      (await bg.store.getSettings()).alwaysRun.includes(new URL(at).origin),
    read: async (_tabId, want) => {
      calls.push(`read ${want}`);
      if (failReads > 0) {
        failReads--;
        throw new Error('Frame with ID 0 was removed.');
      }
      const r = PageRead.safeParse(page.run({ kind: 'read', limit: 8_000_000, want }));
      return r.success ? r.data : null;
    },
    show: async (tabId, token, key, view) => {
      calls.push('show');
      const panelUrl = `chrome-extension://x/panel.html?tab=${tabId}`;
      page.run({ kind: 'show', token, key, panelUrl, view, styles: PANEL_STYLES });
    },
    hold: async () => {
      calls.push('hold');
      page.run({ kind: 'hold' });
    },
    drop: async () => {
      calls.push('drop');
      page.run({ kind: 'drop' });
    },
    inject: async () => void calls.push('inject'),
    look: (tabId, p, epoch) => lookAt(bg, top(tabId, p.url), p, epoch),
    none: async (tabId, at) => void (await recordReport(bg, top(tabId, at), at, null)),
    stored: async (tabId) => {
      const s = await bg.tabs.get(tabId);
      if (!s) return null;
      const shown =
        s.key && s.posting ? { key: s.key, fingerprint: contentFingerprint(s.posting) } : null;
      return { url: s.url, shown };
    },
    sleep: async (ms) => {
      calls.push(`sleep ${ms}`);
      onSleep(++sleeps);
      if (forever) {
        forever = false;
        await new Promise(() => undefined);
      }
    },
    log: (m) => logs.push(m),
  };
  const looks = createPageLooks(deps);
  return {
    looks,
    page,
    bg,
    calls,
    logs,
    records,
    deps,
    failNextReads: (n: number) => (failReads = n),
    onSleep: (fn: (n: number) => void) => (onSleep = fn),
    /** The next pause never ends by itself. */
    sleepForever: () => (forever = true),
  };
}

describe('createPageLooks: a job page loaded in full', () => {
  it('a posting: read once in the page world, recorded, the bar shown; no content script', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    expect(t.calls).toEqual(['read new', 'show']);
    expect(t.page.host()).not.toBeNull();
    const tab = await t.bg.tabs.get(1);
    expect(tab).toMatchObject({ url: JOB, key: 'greenhouse:4012345', frameId: 0 });
    expect(tab?.posting?.salary[0]).toMatchObject({ min: 60_000, max: 75_000 });
  });

  it('the site hides the panel: recorded, nothing drawn', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.bg.store.updateSettings((s) => ({
      ...s,
      sites: { 'boards.greenhouse.io': { hidden: true, collapsed: true } },
    }));
    await t.looks.loaded(1, JOB);
    expect(t.page.host()).toBeNull();
    expect((await t.bg.tabs.get(1))?.key).toBe('greenhouse:4012345');
  });

  it('no posting yet (rendered after load): the content script goes in to watch; nothing recorded', async () => {
    const t = setup(SHELL, JOB);
    await t.looks.loaded(1, JOB);
    expect(t.calls).toEqual(['read new', 'hold', 'inject']);
    expect(await t.bg.tabs.get(1)).toBeNull();
    // The content script holds the page now: later loads ask for nothing more.
    await t.looks.loaded(1, JOB2);
    expect(t.calls.slice(3)).toEqual(['read new']);
    expect(PageRead.parse(t.page.run({ kind: 'read', limit: 10, want: 'any' })).page).toBeNull();
  });

  it("a second 'complete' for the same document and URL: nothing re-read, nothing recorded", async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    const recorded = (await t.bg.tabs.get(1))?.updatedAt;
    await t.looks.loaded(1, JOB);
    expect(t.calls).toEqual(['read new', 'show', 'read new']);
    expect((await t.bg.tabs.get(1))?.updatedAt).toBe(recorded);
  });

  it('a new document at the next job: read afresh', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.page.navigate(posting('Fitter'), JOB2);
    await t.looks.loaded(1, JOB2);
    expect(t.calls).toEqual(['read new', 'show', 'read new', 'show']);
    expect((await t.bg.tabs.get(1))?.posting?.title).toBe('Fitter');
  });
});

describe('createPageLooks: in-page routes from the posting shown', () => {
  it('to another job whose DOM comes later: followed on the schedule; the old posting is never recorded under the new URL; the bar stays', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    const host = t.page.host();
    t.page.route(JOB2);
    t.onSleep((n) => {
      if (n === 2) t.page.route(JOB2, posting('Fitter'));
    });
    await t.looks.loaded(1, JOB2);
    expect(t.calls).toEqual([
      'read new',
      'show',
      'read new', // the old DOM under the new URL: not reported, look again
      'sleep 250',
      'read any',
      'sleep 750',
      'read any', // swapped: reported
      'show',
      'sleep 1500',
      'read any', // the same again: done
    ]);
    expect(t.records).toEqual([
      `${JOB} greenhouse:4012345 Welder`,
      `${JOB2} greenhouse:4012399 Fitter`,
    ]);
    expect(t.page.host()).toBe(host);
    expect(t.calls).not.toContain('inject');
  });

  it("a newer load does not wait for the schedule's pause: it is looked at at once", async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.page.route(JOB2, posting('Fitter'));
    t.sleepForever();
    const following = t.looks.loaded(1, JOB2);
    await new Promise((r) => setTimeout(r, 10));
    expect(t.calls.at(-1)).toBe('sleep 250');
    t.page.route(JOB, posting('Welder'));
    void t.looks.loaded(1, JOB);
    await following;
    expect(t.records.at(-1)).toBe(`${JOB} greenhouse:4012345 Welder`);
  });

  it('to a job URL that shows no posting: "no posting" recorded, the bar goes; it comes back with a posting', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.page.route(JOB2, '<p>This job is closed.</p>');
    await t.looks.loaded(1, JOB2);
    expect(t.records.at(-1)).toBe(`${JOB2} null -`);
    expect(t.page.host()).toBeNull();
    t.page.route(JOB, posting('Welder'));
    await t.looks.loaded(1, JOB);
    expect(t.records.at(-1)).toBe(`${JOB} greenhouse:4012345 Welder`);
    expect(t.page.host()).not.toBeNull();
  });

  it('a newer load ends the schedule: the latest URL is looked at instead', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.page.route(JOB2);
    t.onSleep((n) => {
      if (n !== 1) return;
      t.page.route(BOARD);
      void t.looks.loaded(1, BOARD);
    });
    await t.looks.loaded(1, JOB2);
    expect(t.calls.slice(2)).toEqual(['read new', 'sleep 250', 'read none', 'drop']);
    expect(t.records.at(-1)).toBe(`${BOARD} null -`);
  });

  it('off the jobs: the bar goes and "no posting" is recorded; back on a job, read afresh', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.page.route(BOARD);
    await t.looks.loaded(1, BOARD);
    expect(t.calls).toEqual(['read new', 'show', 'read none', 'drop']);
    expect(t.page.host()).toBeNull();
    expect(await t.bg.tabs.get(1)).toMatchObject({ url: BOARD, key: null, posting: null });
    t.page.route(JOB2, posting('Fitter'));
    await t.looks.loaded(1, JOB2);
    expect(t.calls.slice(4)).toEqual(['read new', 'show']);
    expect((await t.bg.tabs.get(1))?.posting?.title).toBe('Fitter');
  });

  it('a site granted "Always run": its registered content script looks; nothing asked of the page', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.bg.store.updateSettings((s) => ({ ...s, alwaysRun: ['https://boards.greenhouse.io'] }));
    await t.looks.loaded(1, JOB);
    expect(t.calls).toEqual([]);
  });

  it('a page off the jobs we never drew in: nothing asked of it', async () => {
    const t = setup(SHELL, BOARD);
    await t.looks.loaded(1, BOARD);
    expect(t.calls).toEqual([]);
  });

  it('a full load off the jobs after a posting: the record becomes "no posting" there, once', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.page.navigate(SHELL, BOARD);
    await t.looks.loaded(1, BOARD);
    await t.looks.loaded(1, BOARD);
    expect(t.calls).toEqual(['read new', 'show', 'read none']);
    expect(t.records.at(-1)).toBe(`${BOARD} null -`);
  });

  it('back to the document we showed (back-forward cache) after another report: read and recorded again', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    await recordReport(t.bg, { kind: 'content', tabId: 1, url: BOARD, frameId: 0 }, BOARD, null);
    await t.looks.loaded(1, JOB);
    expect(t.calls).toEqual(['read new', 'show', 'read new', 'read any', 'show']);
    expect((await t.bg.tabs.get(1))?.key).toBe('greenhouse:4012345');
  });
});

describe('createPageLooks: one run per tab, errors', () => {
  it('loads during a run: the latest URL is looked at once after it', async () => {
    const t = setup(posting('Welder'), JOB);
    const first = t.looks.loaded(1, JOB);
    void t.looks.loaded(1, BOARD);
    void t.looks.loaded(1, JOB2);
    void t.looks.loaded(1, JOB);
    await first;
    expect(t.calls).toEqual(['read new', 'show', 'read new']);
  });

  it('a failed read is logged; the next load tries again', async () => {
    const t = setup(posting('Welder'), JOB);
    t.failNextReads(1);
    await t.looks.loaded(1, JOB);
    expect(t.logs).toEqual(['look at tab 1: Frame with ID 0 was removed.']);
    await t.looks.loaded(1, JOB);
    expect(t.page.host()).not.toBeNull();
  });

  it('an answer that is not ours (the page shaped it): nothing recorded, nothing drawn', async () => {
    const t = setup(posting('Welder'), JOB);
    Object.defineProperty(t.page.window, Symbol.for('joblens.page'), {
      value: { state: 'ours', token: '', shownAt: 42 },
      configurable: true,
    });
    await t.looks.loaded(1, JOB);
    expect(await t.bg.tabs.get(1)).toBeNull();
    expect(t.calls).toEqual(['read new']);
  });

  it('the page answers for another origin: refused', async () => {
    const t = setup(posting('Welder'), 'https://evil.example/jobs/4012345');
    await t.looks.loaded(1, JOB);
    expect(t.logs).toEqual(['look at tab 1: the page answered from another origin']);
    expect(await t.bg.tabs.get(1)).toBeNull();
  });

  it('a closed tab is forgotten (its record goes with it): nothing asked of the id after', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    t.looks.forget(1);
    await t.bg.tabs.remove(1);
    t.page.route(BOARD);
    await t.looks.loaded(1, BOARD);
    expect(t.calls).toEqual(['read new', 'show']);
  });

  it('a worker restart forgets nothing that matters: a route off the job still takes the bar back', async () => {
    const t = setup(posting('Welder'), JOB);
    await t.looks.loaded(1, JOB);
    const restarted = createPageLooks(t.deps);
    t.page.route(BOARD);
    await restarted.loaded(1, BOARD);
    expect(t.calls).toEqual(['read new', 'show', 'read none', 'drop']);
    expect(t.page.host()).toBeNull();
    expect(t.records.at(-1)).toBe(`${BOARD} null -`);
  });
});
