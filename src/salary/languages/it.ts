import type { PayLanguage } from './pay-language.ts';

/** Italian: "RAL tra i € 30k ed i € 40k", "da X a Y", "fino a", "lordi annui". */
export const IT: PayLanguage = {
  periodNouns: { anno: 'year', ora: 'hour', giorno: 'day', settimana: 'week', mese: 'month' },
  periodAdverbs: {
    annuo: 'year',
    annui: 'year',
    annua: 'year',
    annuale: 'year',
    annuali: 'year',
    mensile: 'month',
    mensili: 'month',
    orario: 'hour',
    giornaliero: 'day',
  },
  periodPrepositions: ['al', "all'", 'per'],
  payWords: ['ral', 'retribuzione', 'stipendio', 'compenso', 'salario'],
  payPeriodWords: { ral: 'year' },
  notPayWords: 'buoni buono pasto welfare bonus premio rimborso fatturato budget'.split(' '),
  packageWords: 'bonus premi premio variabile benefit welfare'.split(' '),
  packageJoiners: 'più e'.split(' '),
  statisticWords: 'medio media'.split(' '),
  fillers: ['lordo', 'lordi', 'lorda', 'lorde', 'netto', 'netti'],
  openMax: ['a partire da', 'da', 'minimo'],
  openMin: ['fino a', 'massimo'],
  openMaxAfter: ['e oltre', 'o più'],
  connectors: [],
  pairedConnectors: { e: ['tra', 'fra'], ed: ['tra', 'fra'], a: ['da'] },
  articles: ['i', 'il', 'gli'],
  approximately: ['circa'],
  functionWords: 'e il di per con della del che una nel sono alla dei gli delle'.split(' '),
  localCurrency: 'EUR',
};
