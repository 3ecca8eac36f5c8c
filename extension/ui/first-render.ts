/**
 * How long a page's first render waits for the answers it asked for before rendering. The
 * background answers in a few milliseconds when it is running; one the browser has to start
 * first takes longer, and then the page shows "Reading…" rather than nothing.
 */
export const FIRST_RENDER_WAIT_MS = 150;

/**
 * The value of `pending` if it settles within `ms`, else null. A failure is null too: the page
 * then renders without it and its own request shows the error.
 */
export function settledWithin<T>(pending: Promise<T> | null, ms: number): Promise<T | null> {
  if (!pending) return Promise.resolve(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    pending.catch(() => null),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
