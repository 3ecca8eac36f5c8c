import { describe, expect, it } from 'vitest';
import type { TraceEvent } from './extension-trace.ts';
import { windowCpu } from './window-cpu.ts';

const PAGE = 'https://job-boards.greenhouse.io/acme/jobs/1';
const at = (name: string, ts: number, ph = 'R', frame = 'MAIN'): TraceEvent => ({
  name,
  ph,
  ts,
  pid: 7,
  tid: 1,
  args: { data: { documentLoaderURL: PAGE }, frame },
});
const task = (ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  cat: 'disabled-by-default-devtools.timeline,toplevel',
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 7,
  tid,
});

describe('windowCpu', () => {
  const events = [
    at('navigationStart', 0),
    at('domContentLoadedEventEnd', 500), // the tab's about:blank, before the page commits
    task(1_000, 30_000, 25_000), // the page's parsing: before DOMContentLoaded, left out
    at('domContentLoadedEventEnd', 40_000),
    task(50_000, 4_000, 3_000),
    { ...task(50_500, 1_000, 900), name: 'ThreadControllerImpl::RunTask' }, // nested: once
    at('ScriptInjection::InjectJs', 60_000, 'X'),
    task(60_000, 5_000, 4_000),
    task(61_000, 9_000, 9_000, 2), // another thread
    task(2_000_000, 1_000, 1_000), // after the window
    at('domContentLoadedEventEnd', 70_000, 'R', 'PANEL'), // the panel frame's about:blank
  ];

  it("sums the CPU of the main thread's top-level tasks from DOMContentLoaded's end", () => {
    expect(windowCpu(events, PAGE, 1000)).toEqual({
      ms: 7,
      dclAfterNavMs: 40,
      injectedAfterDclMs: 20,
    });
  });

  it('a longer window takes the later task in', () => {
    expect(windowCpu(events, PAGE, 2500)?.ms).toBe(8);
  });

  it('null without the page or its DOMContentLoaded', () => {
    expect(windowCpu(events, 'https://example.com/', 1000)).toBeNull();
    expect(
      windowCpu(
        events.filter((e) => e.name !== 'domContentLoadedEventEnd'),
        PAGE,
        1000,
      ),
    ).toBeNull();
  });
});
