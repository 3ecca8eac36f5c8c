import { storage } from '../platform/browser-api.ts';
import type { IndexEntry } from '../storage/role-index.ts';
import { readIndexDirect } from './read-index.ts';

let early: Promise<IndexEntry[] | null> | null = null;

/**
 * Start reading the saved-roles index before the rest of the page is loaded and evaluated:
 * the read runs in the browser process meanwhile. Zod-free on purpose (see main.tsx).
 */
export function startEarlyIndexRead(): void {
  early = readIndexDirect(storage.local()).catch((err: unknown) => {
    console.warn('[JobLens] reading the saved-roles index directly failed', err);
    return null;
  });
}

/** The early read, once: later loads (after a change) read storage again. */
export function takeEarlyIndexRead(): Promise<IndexEntry[] | null> | null {
  const p = early;
  early = null;
  return p;
}
