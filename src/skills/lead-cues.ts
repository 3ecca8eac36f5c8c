import type { Token } from './tokenize.ts';

/** A cue as cues.ts keeps it: where it is, what it asks, and whether it is a weak one. */
export interface LeadCue {
  at: number;
  kind: 'preferred' | 'required' | 'stack';
  weak: boolean;
}

const BULLETS = new Set(['-', '*', '•', '·', '–', '—', '▪', '●', '◦']);

/**
 * How far before its colon a lead's cue may stand: a lead is a short clause ("Nice to have,
 * though not required:"). A cue further back belongs to an item of a list run into the lead
 * ("…experience, preferably in retail Ability to … Working knowledge of:").
 */
const LEAD_REACH = 16;

/** The cue nearest the colon that closes a lead clause, if it asks for or prefers skills. */
function leadKind(cues: readonly LeadCue[] | undefined, colon: number): LeadCue['kind'] | null {
  let best: LeadCue | null = null;
  for (const c of cues ?? []) {
    if (c.kind === 'stack' || colon - c.at > LEAD_REACH) continue;
    if (!best || c.at > best.at) best = c;
  }
  return best?.kind ?? null;
}

/**
 * A lead that asks ("Must be fluent in these areas: Java, SQL", "Nice to have:" over a list)
 * passes its cue to what its colon introduces: the rest of its line, or the bulleted lines
 * right under it. Returned as [token, kind] pairs: a weak cue at the first token of each
 * clause so introduced, so a cue of the item's own still wins.
 */
export function leadCues(
  tokens: readonly Token[],
  clauses: Int32Array,
  byClause: ReadonlyMap<number, readonly LeadCue[]>,
): Array<[number, LeadCue['kind']]> {
  const out: Array<[number, LeadCue['kind']]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.word || t.key !== ':') continue;
    const kind = leadKind(byClause.get(clauses[i] ?? -1), i);
    const next = tokens[i + 1];
    if (!kind || !next) continue;
    if (!next.lineStart) {
      out.push([i + 1, kind]);
      continue;
    }
    // The bulleted lines under the lead, up to the first line that is no bullet.
    for (let k = i + 1; k < tokens.length; k++) {
      const line = tokens[k];
      if (!line?.lineStart) continue;
      if (line.word || !BULLETS.has(line.key)) break;
      out.push([k, kind]);
    }
  }
  return out;
}
