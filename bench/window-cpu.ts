import { pageNavigation, type TraceEvent } from './extension-trace.ts';

/**
 * Top-level tasks (each with its CPU time), DOMContentLoaded's end, and the content script's
 * injection: what windowCpu reads, for a trace that costs the page little.
 */
export const WINDOW_CATEGORIES = ['toplevel', 'blink.user_timing', 'extensions'];

export interface WindowCpu {
  /** CPU time (ms) of the page's main-thread tasks that start in the window. */
  ms: number;
  /** DOMContentLoaded's end, in ms after the page's navigationStart. */
  dclAfterNavMs: number;
  /** The first content-script injection on that thread, in ms after DOMContentLoaded's end (null: none). */
  injectedAfterDclMs: number | null;
}

/**
 * CPU time of every task the page's main thread ran from the end of DOMContentLoaded for
 * `lengthMs`: the trace's thread time of its top-level tasks (nested ones counted once).
 * Nothing of the extension runs before DOMContentLoaded (the background runs its function in
 * the page's world when the tab completes its load, a content script is injected at document
 * idle: both after it; injectedAfterDclMs says so for each load), so with − without over this
 * window is all the extension adds (injections, an isolated world where one is made, scripts,
 * messages, style, layout and paint), without the page's own parsing and first style and layout, which differ
 * by several ms between two loads. Null: the page or its DOMContentLoaded is not in the trace.
 */
export function windowCpu(
  events: TraceEvent[],
  pageUrl: string,
  lengthMs: number,
): WindowCpu | null {
  const nav = pageNavigation(events, pageUrl);
  if (!nav) return null;
  const main = (e: TraceEvent) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts;
  // The page's frame's last one: the tab's initial about:blank document fires its own just
  // after the page's navigationStart, before the page commits, and an iframe's initial
  // about:blank (the open panel's, created by the content script) fires one in this thread.
  const frame = nav.args?.frame;
  const dcl = events
    .filter(
      (e) =>
        e.name === 'domContentLoadedEventEnd' &&
        main(e) &&
        (frame === undefined || e.args?.frame === frame),
    )
    .sort((a, b) => b.ts - a.ts)[0];
  if (!dcl) return null;
  const start = dcl.ts;
  const end = start + lengthMs * 1000;
  const injection = events
    .filter((e) => e.name === 'ScriptInjection::InjectJs' && main(e))
    .sort((a, b) => a.ts - b.ts)[0];
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.cat ?? '').split(',').includes('toplevel') && main(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let cpu = 0;
  let until = -Infinity;
  for (const t of tasks) {
    if (t.ts < until) continue; // nested in a task already counted
    until = t.ts + (t.dur ?? 0);
    if (t.ts >= start && t.ts < end) cpu += t.tdur ?? t.dur ?? 0;
  }
  return {
    ms: cpu / 1000,
    dclAfterNavMs: (start - nav.ts) / 1000,
    injectedAfterDclMs: injection ? (injection.ts - start) / 1000 : null,
  };
}
