/**
 * When to look at the page after a load or a URL change: at once, then with growing gaps, for
 * content that arrives late (Workday and Ashby render the job after load; SPAs swap the DOM
 * after changing the URL). About 12 s in all, then the page is left alone.
 */
export const CHECK_DELAYS_MS: readonly number[] = [0, 250, 750, 1500, 3000, 6000];

/** How long to wait before attempt `i` (0-based), or null when there is none. */
export function delayBefore(i: number, delays: readonly number[] = CHECK_DELAYS_MS): number | null {
  return i >= 0 && i < delays.length ? (delays[i] ?? null) : null;
}
