/**
 * Every storage.local key JobLens writes. Nothing else lives there. storage.sync holds only
 * profile and profileSavedAt.
 */
export const KEYS = {
  schemaVersion: 'schemaVersion',
  profile: 'profile',
  /** When the profile was last saved (ms): the newer of the local and sync copies wins. */
  profileSavedAt: 'profileSavedAt',
  savedRoles: 'savedRoles',
  settings: 'settings',
} as const;

/** Values that failed validation are copied under this prefix with the reason, never dropped. */
export const QUARANTINE_PREFIX = 'quarantine:';

/** storage.session (or the in-memory fallback): one entry per tab. */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
