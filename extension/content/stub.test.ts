import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ContentEngine, ENGINE_GLOBAL } from './engine-api.ts';
import type { ContentHandle } from './navigation.ts';
import { startStub } from './stub.ts';

type Scope = Record<string, unknown>;

function setup(href: string, withNav = true) {
  const listeners = new Set<() => void>();
  const nav = {
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const win = {
    location: new URL(href),
    ...(withNav ? { navigation: nav } : {}),
  } as unknown as Window;
  const handle: ContentHandle = { analyzeNow: vi.fn(), stop: vi.fn() };
  const boots: [boolean, boolean][] = [];
  const engine: ContentEngine = {
    start: () => {
      throw new Error('the stub never starts the controller itself');
    },
    boot: (routed, analyze) => {
      boots.push([routed, analyze]);
      return handle;
    },
  };
  const loads: boolean[] = [];
  const load = vi.fn(async (webAccessible: boolean) => {
    loads.push(webAccessible);
    return engine;
  });
  return { win, listeners, handle, boots, loads, load, engine };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  delete (globalThis as Scope)[ENGINE_GLOBAL];
});

describe('startStub', () => {
  it('a supported board page that is no job: one route listener, nothing loaded', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme');
    startStub(t.win, t.load);
    await flush();
    expect(t.loads).toEqual([]);
    expect(t.listeners.size).toBe(1);
  });

  it('a route change loads the engine and boots it as routed, once', async () => {
    const t = setup('https://www.indeed.com/jobs?q=rust');
    startStub(t.win, t.load);
    for (const fn of [...t.listeners]) fn();
    await flush();
    expect(t.loads).toEqual([true]);
    expect(t.boots).toEqual([[true, false]]);
    expect(t.listeners.size).toBe(0);
  });

  it('"Analyze this page" on a quiet page boots with a forced look', async () => {
    const t = setup('https://jobs.lever.co/acme');
    const h = startStub(t.win, t.load);
    h.analyzeNow();
    await flush();
    expect(t.boots).toEqual([[false, true]]);
    h.analyzeNow();
    expect(t.handle.analyzeNow).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a job URL', 'https://job-boards.greenhouse.io/acme/jobs/1234567', true, true],
    ['another site ("Always run")', 'https://careers.example.com/role?id=4', true, false],
    [
      'no Navigation API (Firefox before 147)',
      'https://job-boards.greenhouse.io/acme',
      false,
      true,
    ],
  ])('%s: the full boot at once', async (_, href, withNav, webAccessible) => {
    const t = setup(href, withNav);
    startStub(t.win, t.load);
    await flush();
    expect(t.loads).toEqual([webAccessible]);
    expect(t.boots).toEqual([[false, false]]);
    expect(t.listeners.size).toBe(0);
  });

  it('the engine injected before it (Analyze on a page we did not run on): boots to analyze, loads nothing', () => {
    const t = setup('https://example.com/');
    (globalThis as Scope)[ENGINE_GLOBAL] = t.engine;
    startStub(t.win, t.load);
    expect(t.load).not.toHaveBeenCalled();
    expect(t.boots).toEqual([[false, true]]);
  });

  it('stopped before the engine arrives: never boots', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme/jobs/1234567');
    startStub(t.win, t.load).stop();
    await flush();
    expect(t.boots).toEqual([]);
  });
});
