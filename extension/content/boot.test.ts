import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtmlLinkedom } from '../../src/dom/linkedom-env.ts';
import { type BootEnv, fullBoot } from './boot.ts';
import {
  type ContentController,
  type ContentEngine,
  type ControllerOptions,
  ENGINE_GLOBAL,
} from './engine-api.ts';

const ARTICLE = '<h1>How to talk about pay</h1><h2>Know the range</h2><p>Some advice.</p>';
const LD_JOB =
  '<script type="application/ld+json">{"@type":"JobPosting","title":"Welder"}</script><h1>Welder</h1>';

class QuietObserver {
  observe(): void {}
  disconnect(): void {}
  takeRecords(): unknown[] {
    return [];
  }
}

function setup(url: string, body: string, hasNavigation = true) {
  const doc = parseHtmlLinkedom(
    `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`,
  );
  Object.defineProperty(doc, 'readyState', { value: 'complete' });
  const navListeners = new Set<() => void>();
  const win = {
    location: new URL(url),
    document: doc,
    navigation: hasNavigation
      ? {
          addEventListener: (_t: string, fn: () => void) => navListeners.add(fn),
          removeEventListener: (_t: string, fn: () => void) => navListeners.delete(fn),
        }
      : undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  const loads: string[] = [];
  const starts: ControllerOptions[] = [];
  const controller: ContentController = {
    analyzeNow: vi.fn(),
    urlChanged: vi.fn(),
    stop: vi.fn(),
  };
  const engine: ContentEngine = {
    start: (options) => {
      starts.push(options);
      return controller;
    },
    boot: () => {
      throw new Error('boot.ts tests start the boot themselves');
    },
  };
  const env: BootEnv = {
    doc,
    win: win as unknown as Window,
    loadEngine: async () => {
      loads.push('engine');
      return engine;
    },
  };
  const navigate = (to: string) => {
    win.location.href = to;
    for (const fn of [...navListeners]) fn();
  };
  return { doc, env, loads, starts, controller, navigate, navListeners };
}

// The stub (stub.ts, its own tests) decides when the full boot starts; these start it as a page
// load does.
const boot = (env: BootEnv) => fullBoot(env, false);

describe('fullBoot (content/engine.js past the stub)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MutationObserver', QuietObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    delete (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
  });

  it('a job search with no job open on a supported site: no engine, no timer, nothing more to do', async () => {
    const t = setup('https://www.indeed.com/jobs?q=welder&l=Remote', ARTICLE);
    boot(t.env);
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a job URL on a supported site: the engine is imported and takes over', async () => {
    const t = setup('https://boards.greenhouse.io/acme/jobs/4012345', ARTICLE);
    boot(t.env);
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual(['engine']);
    expect(t.starts).toHaveLength(1);
    expect(t.starts[0]).toMatchObject({ matchedSite: true, force: false });
  });

  it('on a supported site the URL decides: words and an apply button elsewhere are not enough', async () => {
    const t = setup(
      'https://job-boards.greenhouse.io/acme',
      `${ARTICLE}<button>Apply now</button>`,
    );
    boot(t.env);
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a page routed to another page that is no job: looked at, then nothing more', async () => {
    const t = setup('https://www.indeed.com/jobs?q=welder', ARTICLE);
    const content = boot(t.env);
    t.navigate('https://www.indeed.com/jobs?q=welder&start=10');
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    content.stop();
    expect(t.navListeners.size).toBe(0);
  });

  it('"Analyze this page" on a quiet page: a forced full look', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme', ARTICLE);
    const content = boot(t.env);
    content.analyzeNow();
    await vi.runAllTimersAsync();
    expect(t.starts).toHaveLength(1);
    expect(t.starts[0]).toMatchObject({ force: true, matchedSite: true });
  });

  it('off the supported sites, words alone start the engine', async () => {
    const t = setup('https://careers.acme.test/openings/welder', '<h1>Welder</h1>');
    boot(t.env);
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual(['engine']);
    expect(t.starts[0]).toMatchObject({ matchedSite: false });
  });

  it('off the supported sites, a page with nothing yet is looked at again when it changes', async () => {
    const t = setup('https://www.acme.test/team', '<p>Loading…</p>');
    boot(t.env);
    expect(t.loads).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    const ld = t.doc.createElement('script');
    ld.setAttribute('type', 'application/ld+json');
    ld.textContent = '{"@type":"JobPosting"}';
    t.doc.body.append(ld);
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual(['engine']);
    expect(t.starts[0]).toMatchObject({ matchedSite: false });
  });

  it('a SPA route to a job: looked at once the route’s task is over', async () => {
    const t = setup('https://www.linkedin.com/jobs/search/?keywords=welder', ARTICLE);
    boot(t.env);
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual([]);
    t.navigate('https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=welder');
    expect(t.loads).toEqual([]); // not inside the page's pushState
    await vi.runAllTimersAsync();
    expect(t.loads).toEqual(['engine']);
  });

  it('after the hand-over, URL changes and "Analyze" go to the engine’s controller', async () => {
    const t = setup('https://boards.greenhouse.io/acme/jobs/4012345', LD_JOB);
    const content = boot(t.env);
    await vi.runAllTimersAsync();
    t.navigate('https://boards.greenhouse.io/acme/jobs/4012399');
    content.analyzeNow();
    expect(t.controller.urlChanged).toHaveBeenCalledTimes(1);
    expect(t.controller.analyzeNow).toHaveBeenCalledTimes(1);
    expect(t.loads).toHaveLength(1);
  });

  it('"Analyze this page" on a quiet page: a forced full look', async () => {
    const t = setup('https://www.greenhouse.io/blog/interviews', ARTICLE);
    const content = boot(t.env);
    await vi.runAllTimersAsync();
    content.analyzeNow();
    await vi.runAllTimersAsync();
    expect(t.starts).toHaveLength(1);
    expect(t.starts[0]?.force).toBe(true);
  });

  it('booted to analyze (the engine injected with the stub): forced at once', async () => {
    const t = setup('https://www.example.test/about', '<p>About us</p>');
    fullBoot(t.env, true);
    await vi.runAllTimersAsync();
    expect(t.starts[0]).toMatchObject({ force: true, matchedSite: false });
  });
});
