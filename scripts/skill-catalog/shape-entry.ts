import type { CatalogEntry } from '../../src/skills/catalog.ts';
import type { DraftEntry } from './draft-entry.ts';
import { isAcronym, wordsOf } from './name-rules.ts';

/** Lower-case words of ordinary English prose: a form made only of them needs care. */
export type OrdinaryWords = ReadonlySet<string>;

const ordinaryWord = (w: string, ordinary: OrdinaryWords) =>
  /^[A-Za-z][a-z]*$/.test(w) && ordinary.has(w.toLowerCase());

/**
 * How a taxonomy form is matched:
 * - "word": one ordinary word ("Word", "Teams", "Slack"): only as written, capitalised, and
 *   only with tools context (a list of skills, "proficiency in", its vendor named nearby);
 * - "exact": several ordinary words ("After Effects") or a short acronym ("ADP"): only as
 *   written, so prose ("after effects", "adp") is not read as the product;
 * - "any": a distinctive name ("QuickBooks"), in any case.
 */
export function formKind(form: string, ordinary: OrdinaryWords): 'word' | 'exact' | 'any' {
  const words = wordsOf(form);
  if (words.length === 1 && ordinaryWord(form, ordinary)) return 'word';
  if (isAcronym(form)) return 'exact';
  const plainPart = (w: string) =>
    ordinaryWord(w, ordinary) || isAcronym(w) || /^(of|and|for|the|on|&)$/.test(w);
  if (words.every(plainPart)) {
    return 'exact';
  }
  return 'any';
}

/**
 * The catalog entry for a draft, or null when nothing of it can be matched safely. One-word
 * ordinary forms are kept only for O*NET hot technologies (named bare in postings: "Word,
 * Excel, Outlook"); elsewhere they would read plain words as skills.
 */
export function shapeEntry(draft: DraftEntry, ordinary: OrdinaryWords): CatalogEntry | null {
  const nameKind = formKind(draft.name, ordinary);
  if (nameKind === 'word' && !draft.hot) return null;
  // Title-case ordinary words ("Practice Management", "Open Dental") read as a description
  // unless O*NET marks the product as widely asked for ("After Effects", "Premiere Pro").
  const plainName = nameKind === 'exact' && !isAcronym(draft.name);
  if (plainName && !draft.wanted) return null;
  const aliases: string[] = [];
  let caseSensitive = nameKind !== 'any';
  const stripped = draft.vendor ? draft.name.slice(draft.vendor.length + 1) : null;
  for (const form of draft.forms) {
    let kind = formKind(form, ordinary);
    // "Docs" of "Google Docs", "Domino" of "IBM Domino": a capitalised word left by the vendor
    // cut may be a company or a plain name ("Domino Data Lab"), so it is treated like "Word".
    if (form === stripped && /^[A-Z][a-z]+$/.test(form)) kind = 'word';
    if (kind === 'word') {
      if (!draft.hot) continue;
      aliases.push(`~${form}`);
      caseSensitive = true;
    } else if (kind === 'exact') {
      const plainWords = wordsOf(form).length > 1 && !isAcronym(form);
      if (plainWords && !draft.wanted) continue;
      aliases.push(form);
      caseSensitive = true;
    } else aliases.push(form.toLowerCase());
  }
  // An exact-case entry still matches its full name in any case ("microsoft word").
  if (caseSensitive && nameKind === 'any') aliases.push(draft.name.toLowerCase());
  const entry: CatalogEntry = {
    name: draft.name,
    aliases: [...new Set(aliases)].filter((a) => a !== draft.name),
    category: draft.category as CatalogEntry['category'],
  };
  if (caseSensitive) entry.caseSensitive = true;
  if (nameKind === 'word') entry.ambiguous = true;
  if (draft.vendor && (nameKind === 'word' || aliases.some((a) => a.startsWith('~')))) {
    entry.context = [draft.vendor.toLowerCase()];
  }
  return entry;
}
