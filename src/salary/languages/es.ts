import type { PayLanguage } from './pay-language.ts';

/** Spanish: "42.000-48.000€ brutos anuales", "entre X y Y", "de X a Y", "x 14 pagas". */
export const ES: PayLanguage = {
  periodNouns: {
    año: 'year',
    ano: 'year',
    hora: 'hour',
    día: 'day',
    dia: 'day',
    jornada: 'day',
    semana: 'week',
    mes: 'month',
  },
  periodAdverbs: {
    anual: 'year',
    anuales: 'year',
    mensual: 'month',
    mensuales: 'month',
    diario: 'day',
    semanal: 'week',
  },
  periodPrepositions: ['por', 'al', 'a la', 'por cada'],
  payWords: ['salario', 'salarios', 'sueldo', 'retribución', 'remuneración', 'tarifa', 'banda'],
  notPayWords: (
    'bono bonos ayuda ayudas seguro formación cheque cheques restaurante comida saldo ' +
    'presupuesto facturación inversión financiación comisión comisiones descuento descuentos'
  ).split(' '),
  packageWords: 'bonus variable comisiones incentivos beneficios'.split(' '),
  packageJoiners: 'más mas y'.split(' '),
  statisticWords: 'promedio medio media'.split(' '),
  paymentsPerYear: ['x # pagas', 'en # pagas', 'de # pagas', '# pagas'],
  firstPersonPay: ['gano', 'mi salario', 'mi sueldo'],
  fillers: ['bruto', 'brutos', 'bruta', 'brutas', 'neto', 'netos', 'neta', 'netas'],
  openMax: ['a partir de', 'desde', 'mínimo', 'al menos'],
  openMin: ['hasta', 'máximo'],
  openMaxAfter: ['o más', 'y más', 'en adelante'],
  connectors: [],
  pairedConnectors: { y: ['entre'], a: ['de', 'desde'] },
  articles: ['los', 'las', 'el', 'la'],
  approximately: ['aprox', 'aproximadamente', 'unos', 'equivalente'],
  localCurrency: null,
};
