import { Profile } from '../../src/schema/profile.ts';

export const PROFILE_FILE_MAX_BYTES = 1_000_000;

export type ProfileFileResult = { ok: true; profile: Profile } | { ok: false; error: string };

function where(path: PropertyKey[]): string {
  return path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)),
    '',
  );
}

/**
 * Read a profile file. Every failure is a sentence the user can act on; nothing is imported
 * unless the whole file is valid.
 */
export function parseProfileFile(text: string, size = text.length): ProfileFileResult {
  if (size > PROFILE_FILE_MAX_BYTES)
    return { ok: false, error: 'This file is too large to be a JobLens profile (over 1 MB).' };
  if (text.trim() === '') return { ok: false, error: 'This file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return {
      ok: false,
      error: `This file is not valid JSON (${err instanceof Error ? err.message : 'parse error'}).`,
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      error: 'A profile file holds one JSON object with "version" and "skills".',
    };
  }
  if ((data as { version?: unknown }).version !== 1) {
    return { ok: false, error: 'Unsupported profile version: expected "version": 1.' };
  }
  const parsed = Profile.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${where(i.path) || 'profile'}: ${i.message}`);
    const more =
      parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, error: `This profile is not valid: ${issues.join('; ')}${more}.` };
  }
  return { ok: true, profile: parsed.data };
}

/** The file the export writes: the same format import reads. */
export function profileFileText(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
