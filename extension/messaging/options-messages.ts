import { z } from 'zod';
import { Profile } from '../../src/schema/profile.ts';
import { ImportReport } from '../storage/merge-roles.ts';
import { ProfileState } from '../storage/profile-store.ts';
import { type IndexEntry, isIndexEntry } from '../storage/role-index.ts';
import { SavedRole } from '../storage/saved-role.ts';
import type { MessageDef } from './protocol.ts';

/** A heavy user's list, with room to spare; anything longer is not a JobLens export. */
export const IMPORT_MAX_ROLES = 100_000;

/** The saved-roles index (role-index.ts), checked by the same hand-written check pages use. */
export const RoleIndexList = z.array(
  z.custom<IndexEntry>((x) => isIndexEntry(x), 'not a saved-roles index entry'),
);

/** Messages only the options page sends: the profile editor and the saved-list tools. */
export const OPTIONS_MESSAGES = {
  'profile/state': {
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({}),
    response: ProfileState,
  },
  /**
   * The user's choice to also keep the profile in the browser account's sync (off by
   * default). On copies it there; off removes it there and keeps it in this browser.
   */
  'profile/sync': {
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({ enabled: z.boolean() }),
    response: ProfileState,
  },
  /** Edit or import: saved (and synced if the user opted in), tabs and saved roles scored again. */
  'profile/set': {
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({ profile: Profile }),
    response: ProfileState,
  },
  /** Full roles for some keys (compare, export, import preview, undo); missing ones are left out. */
  'roles/get': {
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({ keys: z.array(z.string().min(1).max(2048)).max(IMPORT_MAX_ROLES) }),
    response: z.array(SavedRole),
  },
  /** Roles the page read from an export file and validated; the background merges them. */
  'roles/import': {
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({ roles: z.array(SavedRole).max(IMPORT_MAX_ROLES) }),
    response: ImportReport,
  },
} as const satisfies Record<string, MessageDef>;
