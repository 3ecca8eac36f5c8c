/**
 * Serialises async read-modify-write jobs: each starts after the previous one settled, so two
 * saves arriving from two tabs at once both land. A failed job rejects its own caller only.
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
export type WriteQueue = ReturnType<typeof createWriteQueue>;
