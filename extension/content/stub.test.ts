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
    expect(t.loads).toEqual(['engine']);
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
    ['a job URL', 'https://job-boards.greenhouse.io/acme/jobs/1234567', true],
    ['a search with a job open', 'https://www.indeed.com/jobs?q=rust&vjk=0a1b2c3d4e5f6a7b', true],
    ['no Navigation API (Firefox before 147)', 'https://job-boards.greenhouse.io/acme', false],
  ])('%s: the full boot at once', async (_, href, withNav) => {
    const t = setup(href, withNav);
    startStub(t.win, t.load);
    await flush();
    expect(t.loads).toEqual(['engine']);
    expect(t.boots).toEqual([[false, false]]);
    expect(t.listeners.size).toBe(0);
  });

  it('stopped before the engine arrives: never boots', async () => {
    const t = setup('https://job-boards.greenhouse.io/acme/jobs/1234567');
    startStub(t.win, t.load).stop();
    await flush();
    expect(t.boots).toEqual([]);
  });
});
