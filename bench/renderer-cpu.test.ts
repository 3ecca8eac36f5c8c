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
    let after = before;
    const deadline = Date.now() + 10_000;
    while (after - before < 5 && Date.now() < deadline) after = rendererMainCpuMs(process.pid) ?? 0;
    const processMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(usage));
    expect(after - before).toBeGreaterThanOrEqual(5);
    // One thread of this process: no more than the whole process used meanwhile.
    expect(after - before).toBeLessThanOrEqual(processMs + 1);
  });
  it('is null for a process that does not exist', () => {
    expect(rendererMainCpuMs(2 ** 30)).toBeNull();
  });
});
