import type { PayLanguage } from './pay-language.ts';

/** Polish: "od 30,50 zł brutto za godzinę", "12 000 zł", "od X do Y", B2B/UoP. */
export const PL: PayLanguage = {
  periodNouns: {
    rok: 'year',
    godz: 'hour',
    godzinę: 'hour',
    godzina: 'hour',
    dzień: 'day',
    tydzień: 'week',
    mies: 'month',
    miesiąc: 'month',
    msc: 'month',
    mc: 'month',
  },
  periodAdverbs: { rocznie: 'year', miesięcznie: 'month', godzinowo: 'hour', dziennie: 'day' },
  periodPrepositions: ['za', 'na'],
  payWords: ['stawka', 'wynagrodzenie', 'pensja', 'płaca', 'widełki', 'podstawa', 'podstawę'],
  notPayWords: (
    'opłata opłaty rachunki zakwaterowanie dodatek dodatki premia premie bonus karta ' +
    'multisport dofinansowanie prowizja prowizyjne budżet'
  ).split(' '),
  packageWords: 'premia premie premią bonus prowizja benefity'.split(' '),
  packageJoiners: 'plus oraz i'.split(' '),
  statisticWords: 'średnie średnia średnią przeciętne'.split(' '),
  paymentsPerYear: ['x # pensji'],
  firstPersonPay: ['zarabiam', 'moja pensja'],
  fillers: ['brutto', 'netto', 'b2b', 'uop', 'vat', '+vat'],
  openMax: ['od', 'minimum'],
  openMin: ['do', 'maksymalnie'],
  openMaxAfter: ['i więcej', 'lub więcej'],
  connectors: [],
  pairedConnectors: { do: ['od'], i: ['między', 'pomiędzy'] },
  articles: [],
  approximately: ['ok', 'około'],
  localCurrency: 'PLN',
};
