/** Every storage.local key JobLens writes. Nothing else lives there. */
export const KEYS = {
  schemaVersion: 'schemaVersion',
  profile: 'profile',
  savedRoles: 'savedRoles',
  settings: 'settings',
} as const;

/** Values that failed validation are copied under this prefix with the reason, never dropped. */
export const QUARANTINE_PREFIX = 'quarantine:';

/** storage.session (or the in-memory fallback): one entry per tab. */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
