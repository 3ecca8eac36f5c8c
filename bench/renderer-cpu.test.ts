import { describe, expect, it } from 'vitest';
import { parseSchedstat, rendererMainCpuMs } from './renderer-cpu.ts';

describe('parseSchedstat', () => {
  it('reads the time on a CPU, in ms, from the first field', () => {
    expect(parseSchedstat('123456789 2000 35\n')).toBeCloseTo(123.456789, 6);
  });
  it('refuses what is not schedstat', () => {
    expect(parseSchedstat('')).toBeNull();
    expect(parseSchedstat('n/a 1 2')).toBeNull();
    expect(parseSchedstat('-5 1 2')).toBeNull();
  });
});

describe('rendererMainCpuMs', () => {
  it("reads a live thread's CPU time in ms (this process's main thread)", () => {
    if (process.platform !== 'linux') return;
    const before = rendererMainCpuMs(process.pid) ?? Number.NaN;
    const usage = process.cpuUsage();
    const processMs = () => (({ user, system }) => (user + system) / 1000)(process.cpuUsage(usage));
    let after = before;
    const deadline = Date.now() + 10_000;
    // Spin on this thread until the whole process has used 20 ms: nearly all of it is ours.
    while (processMs() < 20 && Date.now() < deadline) after = rendererMainCpuMs(process.pid) ?? 0;
    // Milliseconds: a unit off by 1,000 either way would land far outside this.
    expect(after - before).toBeGreaterThan(5);
    expect(after - before).toBeLessThan(80);
  });
  it('is null for a process that does not exist', () => {
    expect(rendererMainCpuMs(2 ** 30)).toBeNull();
  });
});
