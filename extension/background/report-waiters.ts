/**
 * "Analyze this page" injects the content script and waits for its first report. Waiters are
 * keyed by tab and resolved by the report handler, or give up after a timeout.
 */
export function createReportWaiters() {
  const waiting = new Map<number, Set<() => void>>();
  return {
    wait(tabId: number, timeoutMs: number): Promise<boolean> {
      return new Promise((resolve) => {
        const set = waiting.get(tabId) ?? new Set();
        waiting.set(tabId, set);
        const done = (ok: boolean) => {
          clearTimeout(timer);
          set.delete(onReport);
          if (set.size === 0) waiting.delete(tabId);
          resolve(ok);
        };
        const onReport = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        set.add(onReport);
      });
    },
    reported(tabId: number): void {
      for (const fn of [...(waiting.get(tabId) ?? [])]) fn();
    },
  };
}
