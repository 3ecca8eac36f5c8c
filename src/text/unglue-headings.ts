import { wholeHeadingKind } from './heading-rules.ts';

/**
 * A heading glued to the text after it, as scraped text loses the line break between them:
 * "ResponsibilitiesOperate the forklift", "Company DescriptionWelcome to…", "…dados.Requisitos
 * e qualificaçõesSuperior completo". A label starts a line or follows a sentence's end with
 * no space; it runs over letters and spaces to the first place a capital follows a small
 * letter (or a capital starts a word after capitals: "DUTIESThe"). Only a label that is a
 * whole heading is cut out; "JavaScript" and "GitHub" have no heading before their capital.
 */
const GLUED =
  /(?:^|(?<=[.;!?)] ?))(\p{Lu}[\p{L} &/,-]{0,58}?)(?:(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}))/gmu;

/** Labels tried at most: a posting has a few dozen; a long page stays linear. */
const MAX_LABELS = 2000;

/** The text with every glued heading on a line of its own. */
export function unglueHeadings(text: string): string {
  let out = '';
  let from = 0;
  let tried = 0;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m !== null; m = GLUED.exec(text)) {
    if (++tried > MAX_LABELS) break;
    const label = m[1] ?? '';
    if (wholeHeadingKind(label.trim()) === null) continue;
    const at = m.index;
    const end = at + m[0].length;
    const lineStart = at === 0 || text.charCodeAt(at - 1) === 10;
    // The space after a sentence's end goes with the break.
    const before = !lineStart && text.charCodeAt(at - 1) === 32 ? at - 1 : at;
    out += `${text.slice(from, before)}${lineStart ? '' : '\n'}${text.slice(at, end)}\n`;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}
