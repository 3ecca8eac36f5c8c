import { describe, expect, it } from 'vitest';
import { contentScriptCost, pageNavigation, type TraceEvent } from './extension-trace.ts';

const PAGE = 'https://job-boards.greenhouse.io/acme/jobs/1';
const OURS = 'chrome-extension://abc/content/';
const nav = (ts: number, pid = 7): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  ts,
  pid,
  tid: 1,
  args: { data: { documentLoaderURL: PAGE } },
});
const span = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: 7,
  tid: 1,
  args: url ? { data: { url } } : {},
});

describe('pageNavigation', () => {
  it("finds the page's last navigation, and nothing for another page", () => {
    expect(pageNavigation([nav(10, 3), nav(50, 7)], PAGE)?.pid).toBe(7);
    expect(pageNavigation([nav(10)], 'https://example.com/')).toBeNull();
  });
});

describe('contentScriptCost', () => {
  it('counts the injection (the isolated world) with the evaluation and the callbacks', () => {
    const cost = contentScriptCost(
      [
        nav(0),
        span('ScriptInjection::InjectJs', 1000, 2000),
        span('EvaluateScript', 4000, 1000, `${OURS}job.js`),
        span('FunctionCall', 9000, 500, `${OURS}engine.js`),
        span('FunctionCall', 12000, 700, 'https://job-boards.greenhouse.io/app.js'),
      ],
      OURS,
      PAGE,
    );
    expect(cost?.injectMs).toBe(2);
    expect(cost?.evaluateMs).toBe(1);
    expect(cost?.attributedMs).toBeCloseTo(3.5, 6);
  });
  it('counts functions run in the page world: injections with no script URL', () => {
    const cost = contentScriptCost(
      [
        nav(0),
        span('ScriptInjection::InjectJs', 3000, 800),
        span('ScriptInjection::InjectJs', 9000, 400),
        { ...span('ScriptInjection::InjectJs', 9500, 400), tid: 2 },
      ],
      OURS,
      PAGE,
    );
    expect(cost).toMatchObject({ injectedAfterNavMs: 3, injections: 2, evaluateMs: 0 });
    expect(cost?.attributedMs).toBeCloseTo(1.2, 6);
  });
  it('is zero where the script was never injected', () => {
    const cost = contentScriptCost([nav(0), span('ParseHTML', 10, 5000)], OURS, PAGE);
    expect(cost?.attributedMs).toBe(0);
  });
});
