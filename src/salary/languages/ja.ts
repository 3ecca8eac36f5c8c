import type { PayLanguage } from './pay-language.ts';

/** Japanese: "時給1,300円～1,625円", "月給23万円～": the pay word names the period. */
export const JA: PayLanguage = {
  periodNouns: { 年: 'year', 時間: 'hour', 日: 'day', 週: 'week', 月: 'month' },
  periodAdverbs: {},
  periodPrepositions: [],
  payWords: ['給与', '賃金', '報酬'],
  payPeriodWords: { 時給: 'hour', 日給: 'day', 月給: 'month', 年収: 'year', 年俸: 'year' },
  notPayWords: ['手当', '交通費', '賞与'],
  fillers: [],
  openMax: [],
  openMin: [],
  openMaxAfter: ['～', '〜'],
  connectors: [],
  pairedConnectors: {},
  articles: [],
  approximately: ['約'],
  localCurrency: 'JPY',
};
