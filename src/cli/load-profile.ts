import { readFile } from 'node:fs/promises';
import { Profile } from '../schema/profile.ts';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; error: string };

/** Reads and validates a profile file, saying exactly what is wrong with a bad one. */
export async function loadProfile(path: string): Promise<ProfileResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code === 'ENOENT' ? 'profile file not found' : `cannot read profile (${code})`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `profile is not valid JSON: ${(err as Error).message}` };
  }
  const parsed = Profile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: `profile is invalid: ${issues}` };
  }
  return { ok: true, profile: parsed.data };
}
