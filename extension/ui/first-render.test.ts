import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledWithin } from './first-render.ts';

afterEach(() => vi.useRealTimers());

describe('settledWithin', () => {
  it('gives the answer that comes in time', async () => {
    expect(await settledWithin(Promise.resolve({ tabId: 3 }), 150)).toEqual({ tabId: 3 });
  });

  it('gives null when the answer is late, and does not wait for it', async () => {
    vi.useFakeTimers();
    const late = new Promise<string>(() => undefined);
    const result = settledWithin(late, 150);
    await vi.advanceTimersByTimeAsync(149);
    let done = false;
    void result.then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeNull();
  });

  it('gives null for a failed request (the page then asks itself and shows the error)', async () => {
    expect(await settledWithin(Promise.reject(new Error('no background')), 150)).toBeNull();
  });

  it('gives null at once when nothing was asked', async () => {
    expect(await settledWithin(null, 150)).toBeNull();
  });

  it('leaves no timer behind once the answer is in', async () => {
    vi.useFakeTimers();
    await settledWithin(Promise.resolve(1), 150);
    expect(vi.getTimerCount()).toBe(0);
  });
});
