import { skillKey } from '../../../src/match/skill-key.ts';
import { findSkill, plainAliases } from '../../../src/skills/catalog.ts';

const keys = new Map<string, string>();
const aliasText = new Map<string, string>();

/**
 * skillKey (canonical name, lower case) with a cache: the options page asks for the same few
 * hundred skill names across thousands of saved roles.
 */
export function cachedSkillKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = skillKey(name);
    keys.set(name, key);
  }
  return key;
}

/** A skill's name and the ways people write it, lower case: what search looks in. */
export function skillSearchText(name: string): string {
  let text = aliasText.get(name);
  if (text === undefined) {
    const entry = findSkill(name);
    text = [name, ...(entry ? [entry.name, ...plainAliases(entry)] : [])].join(' ').toLowerCase();
    aliasText.set(name, text);
  }
  return text;
}
