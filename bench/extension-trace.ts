import type { CDPSession } from '@playwright/test';

/** The fields of a Chrome trace event this file reads. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an 'X' event, in µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; documentLoaderURL?: string }; frame?: string };
}

/** Script events, navigations, and 'extensions' for a content script's injection. */
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'extensions'];
/** Navigations only: which renderer loaded a page, at next to no cost to it. */
export const NAVIGATIONS_ONLY = ['blink.user_timing'];

export async function startTrace(cdp: CDPSession, categories = CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream }).catch(() => undefined);
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface ContentScriptTrace {
  /** Trace time (ms) of the content script's injection, after the page's navigationStart. */
  injectedAfterNavMs: number;
  /** Injections on the page's main thread (a content script's, or a page-world function's). */
  injections: number;
  /**
   * Injecting: for a content script the browser builds the isolated world (and its extension
   * bindings) first; a page-world function runs inside its injection.
   */
  injectMs: number;
  /** Evaluating the script file: compile plus its top-level code. */
  evaluateMs: number;
  compileMs: number;
  /** Timers, observers and message handlers of the content script afterwards. */
  callbacksMs: number;
  /** Union of all of the above on the page's main thread. */
  attributedMs: number;
}

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? '';

function unionMs(spans: Array<[number, number]>): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    if (a > end) {
      total += b - a;
      end = b;
    } else if (b > end) {
      total += b - end;
      end = b;
    }
  }
  return total / 1000;
}

/** The last navigationStart of `pageUrl`: its pid is the renderer that loaded the page. */
export function pageNavigation(events: TraceEvent[], pageUrl: string): TraceEvent | null {
  return (
    events
      .filter(
        (e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '') === pageUrl,
      )
      .sort((a, b) => b.ts - a.ts)[0] ?? null
  );
}

/**
 * What the trace attributes to the content script (`scriptPrefix`, e.g.
 * chrome-extension://ID/content/) on the main thread of the renderer that loaded `pageUrl`.
 * Zero when the script was never injected. It counts the injection (the browser building the
 * isolated world and its bindings), the evaluation and later timers and handlers. Promise
 * continuations (after an import() or a message reply) carry no script URL in the trace, so
 * this is a lower bound; the renderer's CPU time with − without (renderer-cpu.ts) is the
 * complete, noisier figure. Null: the page is not in the trace.
 */
export function contentScriptCost(
  events: TraceEvent[],
  scriptPrefix: string,
  pageUrl: string,
): ContentScriptTrace | null {
  const nav = pageNavigation(events, pageUrl);
  if (!nav) return null;
  const onMain = (e: TraceEvent) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X';
  const ours = (e: TraceEvent) => onMain(e) && urlOf(e).startsWith(scriptPrefix);
  const evals = events.filter((e) => e.name === 'EvaluateScript' && ours(e));
  const compile = events.filter((e) => e.name === 'v8.compile' && ours(e));
  const calls = events.filter((e) => e.name === 'FunctionCall' && ours(e));
  // The page's only extension is ours, so every injection on its main thread is: a content
  // script's, or a function the background runs in the page's own world (which has no URL).
  const injects = events.filter((e) => e.name === 'ScriptInjection::InjectJs' && onMain(e));
  const first = [...injects, ...evals].sort((a, b) => a.ts - b.ts)[0];
  if (!first)
    return {
      injectedAfterNavMs: Number.NaN,
      injections: 0,
      injectMs: 0,
      evaluateMs: 0,
      compileMs: 0,
      callbacksMs: 0,
      attributedMs: 0,
    };
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];
  const sum = (es: TraceEvent[]) => es.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  return {
    injectedAfterNavMs: (first.ts - nav.ts) / 1000,
    injections: injects.length,
    injectMs: unionMs(injects.map(span)),
    evaluateMs: sum(evals),
    compileMs: sum(compile),
    callbacksMs: unionMs(calls.map(span)),
    attributedMs: unionMs([...injects, ...evals, ...calls, ...compile].map(span)),
  };
}
