import { createWriteQueue } from './write-queue.ts';

/**
 * The write queue, plus a memo that lives only while the queue is busy. A page load asks for
 * the saved list, the notices and the tab view at once: with thousands of roles, reading and
 * validating the list once for the whole burst instead of once per message is most of the
 * cost. When the queue goes idle the memo is dropped, so the next burst reads storage again
 * (and sees any change made from outside, such as a test or devtools writing directly).
 */
export function createBurstQueue() {
  const enqueue = createWriteQueue();
  const memo = new Map<string, unknown>();
  let active = 0;
  return {
    enqueue<T>(job: () => Promise<T>): Promise<T> {
      active++;
      return enqueue(job).finally(() => {
        if (--active === 0) memo.clear();
      });
    },
    memo,
  };
}
