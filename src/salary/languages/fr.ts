import type { PayLanguage } from './pay-language.ts';

/** French: "45 K€ brut annuel", "de 12 euros à 19 euros de l'heure", TJM, "à partir de". */
export const FR: PayLanguage = {
  periodNouns: {
    an: 'year',
    année: 'year',
    heure: 'hour',
    jour: 'day',
    journée: 'day',
    semaine: 'week',
    mois: 'month',
  },
  periodAdverbs: {
    annuel: 'year',
    annuels: 'year',
    annuelle: 'year',
    annuelles: 'year',
    mensuel: 'month',
    mensuels: 'month',
    mensuelle: 'month',
    horaire: 'hour',
    journalier: 'day',
    hebdomadaire: 'week',
  },
  periodPrepositions: ['par', "de l'", "à l'", "l'"],
  payWords: ['salaire', 'salaires', 'rémunération', 'rémunérations', 'taux', 'tarif', 'paie'],
  payPeriodWords: { tjm: 'day' },
  notPayWords: (
    'prime primes indemnité indemnités panier tickets ticket restaurant mutuelle avantage ' +
    'avantages frais chiffre affaires levée budget formation participation intéressement ' +
    'remboursement cagnotte dépenses millions milliards'
  ).split(' '),
  packageWords: 'bonus prime primes variable intéressement participation avantages'.split(' '),
  packageJoiners: 'plus et'.split(' '),
  statisticWords: 'moyen moyenne médian médiane'.split(' '),
  paymentsPerYear: ['sur # mois', 'versé sur # mois', 'x # mois'],
  firstPersonPay: ['je gagne', 'mon salaire', 'je touche'],
  fillers: ['brut', 'brute', 'bruts', 'net', 'nets', 'nette'],
  openMax: ['à partir de', 'a partir de', 'dès', 'minimum', 'au moins'],
  openMin: ["jusqu'à", 'jusqu à', 'maximum'],
  openMaxAfter: ['et plus', 'ou plus'],
  connectors: ['à'],
  pairedConnectors: { et: ['entre'], a: ['de'] },
  articles: ['les', 'le'],
  approximately: ['environ', 'soit', 'env'],
  localCurrency: 'EUR',
};
