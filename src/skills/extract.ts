import type { SkillImportance, SkillMention } from '../schema/skill.ts';
import type { Section } from '../text/sections.ts';
import { alternativeGroups } from './alternatives.ts';
import { confirmCandidates } from './context.ts';
import { findCues, importanceOf } from './cues.ts';
import { evidenceFor } from './evidence.ts';
import { findCandidates } from './match.ts';
import { readSkillText, type SkillText } from './skill-text.ts';
import { yearsForMentions } from './years.ts';

const RANK: Record<SkillImportance, number> = { required: 0, preferred: 1, mentioned: 2 };

interface Best {
  mention: SkillMention;
  rank: number;
  at: number;
}

/** Section of each offset, for offsets given in increasing order. */
function sectionWalker(sections: readonly Section[]): (offset: number) => Section | undefined {
  let k = 0;
  return (offset) => {
    while (k + 1 < sections.length && (sections[k + 1]?.start ?? Number.MAX_VALUE) <= offset) k++;
    return sections[k];
  };
}

/**
 * Skills named in a posting's normalized text: one entry per catalog skill, with the highest
 * importance any mention gets (required > preferred > mentioned), the evidence line of that
 * mention and the years asked for where stated. Sorted by importance, then first appearance.
 * Never throws: bad input gives [].
 */
export function extractSkills(text: string): SkillMention[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  try {
    return extract(readSkillText(text));
  } catch {
    return [];
  }
}

/** extractSkills on text already read (the posting builder shares it with other readers). */
export function skillsFrom(read: SkillText): SkillMention[] {
  if (read.text.trim() === '') return [];
  try {
    return extract(read);
  } catch {
    return [];
  }
}

function extract(read: SkillText): SkillMention[] {
  const { text, tokens, clauses } = read;
  const found = confirmCandidates(text, tokens, findCandidates(tokens));
  if (found.length === 0) return [];
  const cues = findCues(tokens, clauses);
  const years = yearsForMentions(tokens, clauses, found, read.phrases);
  const groups = alternativeGroups(tokens, found);
  const sectionAt = sectionWalker(read.sections);
  const best = new Map<string, Best>();
  const yearsByName = new Map<string, number>();
  found.forEach((c, i) => {
    const kind = sectionAt(c.start)?.kind ?? 'other';
    const importance = importanceOf(kind, c.first, c.last, cues.get(clauses[c.first] ?? -1));
    const name = c.entry.name;
    const y = years[i] ?? null;
    if (y !== null && !yearsByName.has(name)) yearsByName.set(name, y);
    const seen = best.get(name);
    const rank = RANK[importance];
    if (seen && (seen.rank < rank || (seen.rank === rank && seen.mention.years !== null))) return;
    if (seen && seen.rank === rank && y === null) return;
    best.set(name, {
      rank,
      at: seen?.at ?? c.start,
      mention: {
        name,
        category: c.entry.category,
        importance,
        years: y,
        evidence: evidenceFor(text, c.start, c.end),
        ...(groups[i] ? { group: groups[i] as string } : {}),
      },
    });
  });
  return withGroupsOfTwo(
    [...best.values()]
      .sort((a, b) => a.rank - b.rank || a.at - b.at)
      .map(({ mention }) => ({
        ...mention,
        years: mention.years ?? yearsByName.get(mention.name) ?? null,
      })),
  );
}

/**
 * A group keeps its id only while two members still carry it: a skill also asked for on its
 * own elsewhere ("Python required" beside "Python or Go") is kept by that stronger mention.
 */
function withGroupsOfTwo(mentions: SkillMention[]): SkillMention[] {
  const size = new Map<string, number>();
  for (const m of mentions) if (m.group) size.set(m.group, (size.get(m.group) ?? 0) + 1);
  return mentions.map((m) => {
    if (!m.group || (size.get(m.group) ?? 0) >= 2) return m;
    const { group: _, ...single } = m;
    return single;
  });
}
