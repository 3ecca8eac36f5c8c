import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import { IT } from './it.ts';
import type { LangTable } from './lang-table.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { PT } from './pt.ts';

/** Every language the parser reads, English first (it wins ties). */
export const LANGUAGES: readonly LangTable[] = [EN, DE, FR, ES, PT, NL, PL, IT];
