import { describe, expect, it } from 'vitest';
import { createBurstQueue } from './burst-queue.ts';

describe('createBurstQueue', () => {
  it('keeps the memo while jobs follow each other, drops it when the queue is idle', async () => {
    const q = createBurstQueue();
    const seen: unknown[] = [];
    await Promise.all([
      q.enqueue(async () => q.memo.set('k', 1)),
      q.enqueue(async () => seen.push(q.memo.get('k'))),
    ]);
    await q.enqueue(async () => seen.push(q.memo.get('k')));
    expect(seen).toEqual([1, undefined]);
  });

  it('a failing job still counts as done', async () => {
    const q = createBurstQueue();
    await expect(
      q.enqueue(async () => {
        q.memo.set('k', 1);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(q.memo.size).toBe(0);
  });
});
