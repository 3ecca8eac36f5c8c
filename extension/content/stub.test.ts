import { describe, expect, it, vi } from 'vitest';
import type { ContentEngine } from './engine-api.ts';
import type { ContentHandle } from './navigation.ts';
import { startStub } from './stub.ts';

function setup() {
  const handle: ContentHandle = { analyzeNow: vi.fn(), stop: vi.fn() };
  const boots: boolean[] = [];
  const engine: ContentEngine = {
    start: () => {
      throw new Error('the stub never starts the controller itself');
    },
    boot: (analyze) => {
      boots.push(analyze);
      return handle;
    },
  };
  const load = vi.fn(async () => engine);
  return { handle, boots, load };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('startStub (content/job.js, on a job URL)', () => {
  it('loads and boots the engine at once', async () => {
    const t = setup();
    startStub(t.load);
    await flush();
    expect(t.load).toHaveBeenCalledOnce();
    expect(t.boots).toEqual([false]);
  });

  it('"Analyze this page" before the engine arrived: the boot is forced, one load', async () => {
    const t = setup();
    startStub(t.load).analyzeNow();
    await flush();
    expect(t.load).toHaveBeenCalledOnce();
    expect(t.boots).toEqual([true]);
  });

  it('"Analyze this page" once booted goes to the full boot', async () => {
    const t = setup();
    const h = startStub(t.load);
    await flush();
    h.analyzeNow();
    expect(t.handle.analyzeNow).toHaveBeenCalledOnce();
    expect(t.boots).toEqual([false]);
  });

  it('an engine that cannot load is tried again on "Analyze this page"', async () => {
    const t = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    t.load.mockRejectedValueOnce(new Error('blocked'));
    const h = startStub(t.load);
    await flush();
    expect(warn).toHaveBeenCalledOnce();
    expect(t.boots).toEqual([]);
    h.analyzeNow();
    await flush();
    expect(t.boots).toEqual([true]);
    warn.mockRestore();
  });

  it('stopped before the engine arrives: never boots; stopped after: stops the boot', async () => {
    const t = setup();
    startStub(t.load).stop();
    await flush();
    expect(t.boots).toEqual([]);
    const u = setup();
    const h = startStub(u.load);
    await flush();
    h.stop();
    expect(u.handle.stop).toHaveBeenCalledOnce();
  });
});
