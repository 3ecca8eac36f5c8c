import { Profile } from '../../../src/schema/profile.ts';
import {
  canonicalSkillName,
  findSkill,
  plainAliases,
  searchSkills,
} from '../../../src/skills/catalog.ts';
import { cachedSkillKey } from './skill-keys.ts';

export type ProfileSkill = Profile['skills'][number];
export type SkillLevel = NonNullable<ProfileSkill['level']>;
export type RemotePreference = NonNullable<Profile['remote']>;

export const emptyProfile = (): Profile => ({ version: 1, skills: [] });

export interface Suggestion {
  name: string;
  /** The alias the query matched ("golang" for Go), when it was not the name. */
  alias: string | null;
}

/** Autocomplete from the parser's catalog: canonical names, with the alias that matched. */
export function suggestSkills(query: string, limit = 6): Suggestion[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  return searchSkills(q, limit).map((entry) => {
    if (entry.name.toLowerCase().includes(q)) return { name: entry.name, alias: null };
    const alias = plainAliases(entry).find((a) => a.toLowerCase().includes(q)) ?? null;
    return { name: entry.name, alias };
  });
}

/**
 * Add a skill under its canonical name ("golang" -> "Go"; unknown names as typed). A skill
 * the profile already has (under any alias) is not added twice.
 */
export function addSkill(profile: Profile, typed: string): Profile {
  const name = canonicalSkillName(typed).trim().slice(0, 100);
  if (name === '' || hasSkill(profile, name)) return profile;
  return { ...profile, skills: [...profile.skills, { name, years: null, level: null }] };
}

export function hasSkill(profile: Profile, name: string): boolean {
  const key = cachedSkillKey(name);
  return profile.skills.some((s) => cachedSkillKey(s.name) === key);
}

export function updateSkill(
  profile: Profile,
  index: number,
  change: Partial<Pick<ProfileSkill, 'years' | 'level'>>,
): Profile {
  return {
    ...profile,
    skills: profile.skills.map((s, i) => (i === index ? { ...s, ...change } : s)),
  };
}

export function removeSkill(profile: Profile, index: number): Profile {
  return { ...profile, skills: profile.skills.filter((_, i) => i !== index) };
}

/** Undo of removeSkill: the skill back where it was, unless it was added again meanwhile. */
export function restoreSkill(profile: Profile, skill: ProfileSkill, index: number): Profile {
  if (hasSkill(profile, skill.name)) return profile;
  const skills = [...profile.skills];
  skills.splice(Math.min(index, skills.length), 0, skill);
  return { ...profile, skills };
}

/** A number field's text as years: empty is "not stated". */
export function parseYears(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 80 ? n : 'invalid';
}

/** "Not saved: …" for a draft the schema refuses, so the user knows what to fix. */
export function profileProblem(draft: Profile): string | null {
  const r = Profile.safeParse(draft);
  if (r.success) return null;
  const issue = r.error.issues[0];
  return `${issue?.path.join('.') ?? 'profile'}: ${issue?.message ?? 'invalid'}`;
}

/** Common currencies first; the profile's own stays selectable even when rare. */
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'INR',
  'SGD',
  'JPY',
  'BRL',
  'MXN',
  'ZAR',
] as const;

/** A skill the catalog does not know: it will match postings only by its exact name. */
export function isUnknownSkill(name: string): boolean {
  return findSkill(name) === null;
}
