import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createWriteQueue', () => {
  it('runs jobs one at a time in arrival order', async () => {
    const enqueue = createWriteQueue();
    const log: string[] = [];
    const job = (name: string, ms: number) => () =>
      (async () => {
        log.push(`start ${name}`);
        await tick(ms);
        log.push(`end ${name}`);
        return name;
      })();
    const results = await Promise.all([
      enqueue(job('a', 20)),
      enqueue(job('b', 1)),
      enqueue(job('c', 5)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('a failing job rejects its caller and the queue goes on', async () => {
    const enqueue = createWriteQueue();
    const failed = enqueue(async () => {
      throw new Error('nope');
    });
    const next = enqueue(async () => 'ok');
    await expect(failed).rejects.toThrow('nope');
    await expect(next).resolves.toBe('ok');
  });
});
