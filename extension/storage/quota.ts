import type { KeyValueArea } from './memory-area.ts';

/** What the user reads when storage.local is full (Chrome: 10 MB without unlimitedStorage). */
export const STORAGE_FULL =
  "JobLens's storage in this browser is full, so this was not saved (nothing was changed). " +
  'Export your saved roles from the options page, then delete the ones you no longer need.';

/** The browser refused a write for lack of space (Chrome and Firefox word it differently). */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

/**
 * The area with one difference: a write refused for lack of space fails with STORAGE_FULL
 * instead of the browser's "Resource::kQuotaBytes quota exceeded". A refused set() writes
 * nothing, so the caller's data is as it was.
 */
export function explainQuota(area: KeyValueArea): KeyValueArea {
  return {
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    async set(items) {
      try {
        await area.set(items);
      } catch (err) {
        if (isQuotaError(err)) throw new Error(STORAGE_FULL, { cause: err });
        throw err;
      }
    },
  };
}
