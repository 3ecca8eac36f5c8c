import type { PayLanguage } from './pay-language.ts';

/** Dutch: "4000-5700 bruto per maand", "tussen X en Y", "van X tot Y", "per uur". */
export const NL: PayLanguage = {
  periodNouns: {
    jaar: 'year',
    uur: 'hour',
    dag: 'day',
    week: 'week',
    maand: 'month',
    mnd: 'month',
  },
  periodAdverbs: { jaarlijks: 'year', maandelijks: 'month', wekelijks: 'week' },
  periodPrepositions: ['per', 'p'],
  payWords: [
    'salaris',
    'loon',
    'vergoeding',
    'beloning',
    'uurtarief',
    'tarief',
    'salarisindicatie',
  ],
  payPeriodWords: {
    uurtarief: 'hour',
    uurloon: 'hour',
    maandsalaris: 'month',
    jaarsalaris: 'year',
  },
  notPayWords: (
    'budget opleidingsbudget reiskosten reiskostenvergoeding bonus korting thuiswerkvergoeding ' +
    'omzet investering'
  ).split(' '),
  packageWords: 'bonus provisie winstdeling'.split(' '),
  packageJoiners: 'plus en'.split(' '),
  statisticWords: 'gemiddeld gemiddelde mediaan'.split(' '),
  paymentsPerYear: ['x # maanden', '# maandsalarissen'],
  firstPersonPay: ['ik verdien', 'mijn salaris'],
  fillers: ['bruto', 'netto'],
  openMax: ['vanaf', 'minimaal', 'minimum'],
  openMin: ['tot', 'maximaal', 'tot maximaal'],
  openMaxAfter: ['of meer', 'en hoger'],
  connectors: [],
  pairedConnectors: { tot: ['van'], en: ['tussen'] },
  articles: ['de'],
  payStems: ['salaris', 'loon'],
  periodStems: { jaar: 'year', maand: 'month', uur: 'hour' },
  approximately: ['ongeveer', 'circa', 'ca'],
  localCurrency: 'EUR',
};
