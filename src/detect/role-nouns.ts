import { LANGUAGES } from '../lang/registry.ts';

/**
 * Nouns that end most job titles, in every language of the tables ("engineer", "Entwickler",
 * "développeur", "pracownik"), as whole words: no letter or digit, accented or not, on
 * either side.
 */
export const ROLE_NOUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${LANGUAGES.flatMap((l) => l.roleNouns).join('|')})(?![\p{L}\p{N}_])`,
  'iu',
);

/**
 * A gender tag on a European job title: "(m/w/d)", "(H/F)", "F/H", "(m/f/d)", "(k/m)",
 * "(m/v/x)", "(all genders)". Titles carry it by law or custom; little else does.
 */
export const GENDER_TAG =
  /(?:^|[\s(])(?:[mwdfhvxk]|div)(?:\s?\/\s?(?:[mwdfhvxk]|div)){1,2}(?=\)|\s|$)|\((?:all genders|alle geschlechter|gn)\)/i;
