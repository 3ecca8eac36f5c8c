import { describe, expect, it, vi } from 'vitest';
import type { ContentEngine } from './engine-api.ts';
import type { ContentHandle } from './navigation.ts';
import { startStub } from './stub.ts';

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
  const loads: string[] = [];
  const load = vi.fn(async () => {
    loads.push('engine');
    return engine;
  });
  return { win, listeners, handle, boots, loads, load, engine };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('startStub on a job URL (content/job.js)', () => {
  it('loads and boots the engine at once, adds no listener', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme/jobs/1234567');
    startStub(t.win, t.load, true);
    await flush();
    expect(t.loads).toEqual(['engine']);
    expect(t.boots).toEqual([[false, false]]);
    expect(t.listeners.size).toBe(0);
  });

  it('"Analyze this page" before the engine arrived: the boot is forced', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme/jobs/1234567');
    startStub(t.win, t.load, true).analyzeNow();
    await flush();
    expect(t.loads).toEqual(['engine']);
    expect(t.boots).toEqual([[false, true]]);
  });
});

describe('startStub elsewhere on a career site (content/index.js)', () => {
  it('one route listener, nothing loaded', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme');
    startStub(t.win, t.load, false);
    await flush();
    expect(t.loads).toEqual([]);
    expect(t.listeners.size).toBe(1);
  });

  it('a route change loads the engine and boots it as routed, once', async () => {
    const t = setup('https://www.indeed.com/jobs?q=rust');
    startStub(t.win, t.load, false);
    for (const fn of [...t.listeners]) fn();
    for (const fn of [...t.listeners]) fn();
    await flush();
    expect(t.loads).toEqual(['engine']);
    expect(t.boots).toEqual([[true, false]]);
    expect(t.listeners.size).toBe(0);
  });

  it('"Analyze this page" boots with a forced look; later ones go to the full boot', async () => {
    const t = setup('https://jobs.lever.co/acme');
    const h = startStub(t.win, t.load, false);
    h.analyzeNow();
    await flush();
    expect(t.boots).toEqual([[false, true]]);
    expect(t.listeners.size).toBe(0);
    h.analyzeNow();
    expect(t.handle.analyzeNow).toHaveBeenCalledTimes(1);
  });

  it('no Navigation API (Firefox before 147): the full boot at once, its observer sees routes', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme', false);
    startStub(t.win, t.load, false);
    await flush();
    expect(t.loads).toEqual(['engine']);
    expect(t.boots).toEqual([[false, false]]);
  });

  it('an engine that cannot load is tried again on the next route', async () => {
    const t = setup('https://jobs.lever.co/acme');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    t.load.mockRejectedValueOnce(new Error('blocked'));
    const h = startStub(t.win, t.load, false);
    h.analyzeNow();
    await flush();
    expect(warn).toHaveBeenCalledOnce();
    h.analyzeNow();
    await flush();
    expect(t.boots).toEqual([[false, true]]);
    warn.mockRestore();
  });

  it('stopped before the engine arrives: never boots, listens no more', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme');
    const h = startStub(t.win, t.load, false);
    h.stop();
    expect(t.listeners.size).toBe(0);
    h.analyzeNow();
    await flush();
    expect(t.boots).toEqual([]);
  });
});
