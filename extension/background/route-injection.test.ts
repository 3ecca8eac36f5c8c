import { describe, expect, it } from 'vitest';
import { createRouteInjection, isJobUrl } from './route-injection.ts';

const BOARD = 'https://job-boards.greenhouse.io/acme';
const JOB = 'https://job-boards.greenhouse.io/acme/jobs/1234567';
const JOB2 = 'https://job-boards.greenhouse.io/acme/jobs/7654321';
const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=rust';
const SEARCH_JOB = 'https://www.linkedin.com/jobs/search/?keywords=rust&currentJobId=4100000002';

function setup(running: (tabId: number) => boolean = () => false) {
  const calls: string[] = [];
  const logs: string[] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const routes = createRouteInjection({
    isJobUrl,
    hasContent: async (tabId) => {
      calls.push(`check ${tabId}`);
      if (hold) await new Promise<void>((r) => held.push(r));
      return running(tabId);
    },
    inject: async (tabId) => {
      calls.push(`inject ${tabId}`);
    },
    log: (m) => logs.push(m),
  });
  return {
    routes,
    calls,
    logs,
    holdChecks: () => (hold = true),
    release: () => {
      for (const r of held.splice(0)) r();
    },
  };
}

describe('isJobUrl: where the manifest stub runs', () => {
  it('a job URL on a career site', () => {
    expect(isJobUrl(JOB)).toBe(true);
    expect(isJobUrl(SEARCH_JOB)).toBe(true);
    expect(isJobUrl('https://www.linkedin.com/jobs/view/4100000001/')).toBe(true);
  });

  it('not a board, a search with no job open, a page off the content patterns, junk', () => {
    expect(isJobUrl(BOARD)).toBe(false);
    expect(isJobUrl(SEARCH)).toBe(false);
    expect(isJobUrl('https://www.linkedin.com/feed/')).toBe(false);
    expect(isJobUrl('https://www.indeed.com/career-advice/x?vjk=0123456789abcdef')).toBe(false);
    expect(isJobUrl('not a url')).toBe(false);
    expect(isJobUrl('https://example.com/jobs/1234567')).toBe(false);
  });
});

describe('createRouteInjection', () => {
  it('a route from a board onto a job URL: checks, and injects where nothing runs', async () => {
    const t = setup();
    await t.routes.loaded(1, BOARD);
    expect(t.calls).toEqual([]);
    await t.routes.loaded(1, JOB);
    expect(t.calls).toEqual(['check 1', 'inject 1']);
  });

  it('our script already runs (a full load brought the stub): checks, injects nothing', async () => {
    const t = setup(() => true);
    await t.routes.loaded(1, JOB);
    expect(t.calls).toEqual(['check 1']);
  });

  it('from one job URL to the next: the running script follows; nothing asked of the page', async () => {
    const t = setup();
    await t.routes.loaded(1, SEARCH);
    await t.routes.loaded(1, SEARCH_JOB);
    await t.routes.loaded(1, JOB);
    await t.routes.loaded(1, JOB2);
    expect(t.calls).toEqual(['check 1', 'inject 1']);
  });

  it('away from the jobs and back: checked again', async () => {
    const t = setup();
    await t.routes.loaded(1, JOB);
    await t.routes.loaded(1, null); // a site we cannot see
    await t.routes.loaded(1, JOB2);
    await t.routes.loaded(1, BOARD);
    await t.routes.loaded(1, JOB);
    expect(t.calls.filter((c) => c.startsWith('check'))).toHaveLength(3);
  });

  it('one check per tab at a time; tabs are independent', async () => {
    const t = setup();
    t.holdChecks();
    const first = t.routes.loaded(1, JOB);
    await t.routes.loaded(1, BOARD);
    await t.routes.loaded(1, JOB2);
    const other = t.routes.loaded(2, JOB);
    expect(t.calls).toEqual(['check 1', 'check 2']);
    t.release();
    await Promise.all([first, other]);
  });

  it('a failing check or injection is logged, and the next route onto a job tries again', async () => {
    const logs: string[] = [];
    let fail = true;
    const injected: number[] = [];
    const routes = createRouteInjection({
      isJobUrl,
      hasContent: async () => {
        if (fail) throw new Error('Cannot access contents of the page');
        return false;
      },
      inject: async (tabId) => {
        injected.push(tabId);
      },
      log: (m) => logs.push(m),
    });
    await routes.loaded(3, JOB);
    expect(logs).toEqual(['route to a job in tab 3: Cannot access contents of the page']);
    fail = false;
    await routes.loaded(3, BOARD);
    await routes.loaded(3, JOB2);
    expect(injected).toEqual([3]);
  });

  it('a closed tab is forgotten: the same id later starts afresh', async () => {
    const t = setup();
    await t.routes.loaded(4, JOB);
    t.routes.forget(4);
    await t.routes.loaded(4, JOB2);
    expect(t.calls).toEqual(['check 4', 'inject 4', 'check 4', 'inject 4']);
  });
});
