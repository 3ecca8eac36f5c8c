import { scoreMatch } from '../../src/match/score.ts';
import type { BackgroundDeps } from '../background/handlers.ts';
import { createReportWaiters } from '../background/report-waiters.ts';
import { createTabStates } from '../background/tab-states.ts';
import { createMemoryArea } from '../storage/memory-area.ts';
import { createStore } from '../storage/store.ts';

/**
 * The background's dependencies for handler tests: real store and tab states over memory
 * areas, the real scorer, and browser effects that do nothing unless a test passes its own.
 */
export function testBackgroundDeps(over: Partial<BackgroundDeps> = {}): BackgroundDeps {
  let clock = 100;
  return {
    store: createStore(createMemoryArea()),
    tabs: createTabStates(createMemoryArea()),
    waiters: createReportWaiters(),
    now: () => ++clock,
    score: scoreMatch,
    keyFor: (_url, p) => `${p.site}:${p.jobId}`,
    setBadge: async () => undefined,
    notifyPages: async () => undefined,
    tellContent: async () => undefined,
    pingContent: async () => null,
    injectContentScript: async () => undefined,
    openOptions: async () => undefined,
    alwaysRun: { set: async (_o, e) => e, isEnabled: async () => false },
    log: () => undefined,
    ...over,
  };
}
