import { toBackground } from '../messaging/client.ts';
import { storage } from '../platform/browser-api.ts';
import type { IndexEntry } from '../storage/role-index.ts';
import { readIndexDirect } from './read-index.ts';

/** The index as stored, or null (not trustworthy as it is, or the read failed: said why). */
export async function readRoleIndexOrNull(): Promise<IndexEntry[] | null> {
  try {
    return await readIndexDirect(storage.local());
  } catch (err) {
    console.warn('[JobLens] reading the saved-roles index directly failed', err);
    return null;
  }
}

/**
 * The table's list: read directly where storage holds a trustworthy index (validated here),
 * else asked of the background, which migrates, repairs and answers.
 */
export async function loadRoleIndex(): Promise<IndexEntry[]> {
  return (await readRoleIndexOrNull()) ?? toBackground('roles/list', {});
}
