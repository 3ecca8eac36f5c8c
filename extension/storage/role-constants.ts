/**
 * A saved role's stages and note limit, zod-free: the options page's first module checks the
 * index with them before the rest of the page (and zod) has loaded. saved-role.ts builds the
 * schema from these.
 */
export const STAGE_NAMES = [
  'saved',
  'applied',
  'interviewing',
  'offer',
  'rejected',
  'withdrawn',
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export const NOTE_MAX = 5000;
