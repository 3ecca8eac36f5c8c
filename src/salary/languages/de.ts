import type { PayLanguage } from './pay-language.ts';

/** German: "75.000–85.000 € brutto jährlich", "zwischen X und Y", "bis zu", Jahresgehalt. */
export const DE: PayLanguage = {
  periodNouns: {
    jahr: 'year',
    jahre: 'year',
    stunde: 'hour',
    std: 'hour',
    tag: 'day',
    woche: 'week',
    monat: 'month',
    mon: 'month',
    mtl: 'month',
  },
  periodAdverbs: {
    jährlich: 'year',
    jährl: 'year',
    monatlich: 'month',
    stündlich: 'hour',
    täglich: 'day',
    wöchentlich: 'week',
  },
  periodPrepositions: ['pro', 'je', 'im', 'in der', 'am'],
  payWords: ['gehalt', 'vergütung', 'lohn', 'entgelt', 'verdienst', 'bezahlung', 'einkommen'],
  payPeriodWords: { tagessatz: 'day', stundensatz: 'hour', stundenlohn: 'hour' },
  notPayWords: (
    'zuschuss zuschüsse prämie prämien zulage zulagen firmenwagen dienstwagen jobticket ' +
    'gutschein gutscheine weiterbildung budget umsatz förderung provision spende rabatt ' +
    'mrd milliarden bilanzsumme'
  ).split(' '),
  packageWords: 'bonus boni prämie prämien provision aktienoptionen benefits'.split(' '),
  packageJoiners: 'plus und zzgl'.split(' '),
  statisticWords: 'durchschnittliche durchschnittlichen durchschnittliches mittlere'.split(' '),
  paymentsPerYear: ['x # monatsgehälter', '# monatsgehälter', '# gehälter', '# monatsgehältern'],
  firstPersonPay: ['ich verdiene', 'mein gehalt'],
  fillers: ['brutto', 'netto', 'brutto-jahresgehalt'],
  openMax: ['ab', 'mindestens', 'mind', 'von mindestens'],
  openMin: ['bis zu', 'bis', 'maximal', 'höchstens'],
  openMaxAfter: ['und mehr', 'aufwärts'],
  connectors: ['bis'],
  pairedConnectors: { und: ['zwischen'] },
  articles: ['den', 'dem'],
  payStems: ['gehalt', 'gehält', 'vergütung', 'lohn', 'entgelt', 'verdienst'],
  periodStems: {
    jahres: 'year',
    jahr: 'year',
    monats: 'month',
    stunden: 'hour',
    tages: 'day',
    wochen: 'week',
  },
  approximately: ['ca', 'circa', 'etwa', 'ungefähr', 'rund', 'entspricht'],
  localCurrency: 'EUR',
};
