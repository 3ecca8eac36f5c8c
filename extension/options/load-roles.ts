import { toBackground } from '../messaging/client.ts';
import { storage } from '../platform/browser-api.ts';
import type { IndexEntry } from '../storage/role-index.ts';
import { readIndexDirect } from './read-index.ts';

/** The table's list: read directly where storage holds a trustworthy index, else from the background. */
export async function loadRoleIndex(): Promise<IndexEntry[]> {
  try {
    const direct = await readIndexDirect(storage.local());
    if (direct) return direct;
  } catch (err) {
    console.warn('[JobLens] reading the saved-roles index directly failed', err);
  }
  return toBackground('roles/list', {});
}
