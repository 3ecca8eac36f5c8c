import type { SkillImportance, SkillMention } from '../schema/skill.ts';
import { type Section, splitSections } from '../text/sections.ts';
import { clauseIds } from './clauses.ts';
import { confirmCandidates } from './context.ts';
import { findCues, importanceOf } from './cues.ts';
import { evidenceFor } from './evidence.ts';
import { findCandidates } from './match.ts';
import { tokenize } from './tokenize.ts';
import { findYearsPhrases, yearsForMentions } from './years.ts';

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
    return extract(text);
  } catch {
    return [];
  }
}

function extract(text: string): SkillMention[] {
  const tokens = tokenize(text);
  const found = confirmCandidates(text, tokens, findCandidates(tokens));
  if (found.length === 0) return [];
  const clauses = clauseIds(tokens);
  const cues = findCues(tokens, clauses);
  const years = yearsForMentions(tokens, clauses, found, findYearsPhrases(tokens));
  const sectionAt = sectionWalker(splitSections(text));
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
      },
    });
  });
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ mention }) => ({
      ...mention,
      years: mention.years ?? yearsByName.get(mention.name) ?? null,
    }));
}
