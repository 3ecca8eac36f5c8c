import type { Candidate } from './candidate.ts';
import { acceptLabel, MAX_LABEL_TOKENS } from './label-words.ts';
import { lowerOf, type Token } from './tokenize.ts';

/**
 * Labels the clause gives before the range, not next to it: "The pay range for Colorado
 * is: $…", "… in California, New York City and Washington is …", "In Colorado, the range
 * is $…". Bounded walks back over tokens.
 */
export function clauseLabel(text: string, tokens: Token[], c: Candidate): string | null {
  let j = c.first - 1;
  let linked = false;
  while (j >= 0 && c.first - j <= 4) {
    const w = lowerOf(tokens[j]);
    if (w === ':' || w === 'is' || w === 'are') linked = true;
    else if (w !== 'between' && w !== 'from' && w !== 'of') break;
    j--;
  }
  if (!linked) return null;
  for (let k = j; k >= 0 && j - k < MAX_LABEL_TOKENS; k--) {
    const u = tokens[k] as Token;
    if (u.kind === 'nl' || u.kind === 'num' || u.kind === 'sym') return null;
    if (u.text === 'for' || u.text === 'in') {
      const end = tokens[j]?.end ?? u.end;
      return k === j ? null : acceptLabel(text.slice(u.end, end));
    }
  }
  return null;
}

/** "In Colorado, the range is $…": a place the clause opens with. */
export function openingLabel(text: string, tokens: Token[], c: Candidate): string | null {
  let k = c.first - 1;
  while (k >= 0 && c.first - k <= 20) {
    const u = tokens[k] as Token;
    const stop = u.kind === 'nl' || u.kind === 'num' || u.kind === 'sym';
    if (stop || u.text === '.' || u.text === ';') break;
    k--;
  }
  const open = tokens[k + 1];
  if (open?.text !== 'In') return null;
  for (let j = k + 2; j < c.first; j++) {
    const u = tokens[j] as Token;
    if (u.text === ',') return j > k + 2 ? acceptLabel(text.slice(open.end, u.start)) : null;
  }
  return null;
}
