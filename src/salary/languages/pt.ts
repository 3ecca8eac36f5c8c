import type { PayLanguage } from './pay-language.ts';

/** Portuguese: "R$ 4.037,00", "entre X e Y", "de X a Y", "a partir de", CLT. */
export const PT: PayLanguage = {
  periodNouns: {
    ano: 'year',
    hora: 'hour',
    dia: 'day',
    semana: 'week',
    mês: 'month',
    mes: 'month',
  },
  periodAdverbs: {
    anual: 'year',
    anuais: 'year',
    mensal: 'month',
    mensais: 'month',
    diária: 'day',
    semanal: 'week',
  },
  periodPrepositions: ['por', 'ao', 'à'],
  payWords: ['salário', 'salarios', 'salários', 'remuneração', 'clt', 'pj'],
  notPayWords: (
    'vale vales refeição alimentação transporte auxílio bônus bonus seguro plano ' +
    'desconto descontos faturamento investimento gympass'
  ).split(' '),
  packageWords: 'bônus bonus variável comissões benefícios plr'.split(' '),
  packageJoiners: 'mais e'.split(' '),
  statisticWords: 'médio média'.split(' '),
  paymentsPerYear: ['x # salários', 'x # salarios', 'em # salários', '# salários'],
  firstPersonPay: ['eu ganho', 'meu salário'],
  fillers: ['bruto', 'brutos', 'líquido', 'liquido', 'clt', 'pj'],
  openMax: ['a partir de', 'desde', 'mínimo'],
  openMin: ['até', 'máximo'],
  openMaxAfter: ['ou mais', 'em diante'],
  connectors: [],
  pairedConnectors: { e: ['entre'], a: ['de'] },
  articles: ['os', 'as', 'o'],
  approximately: ['aprox', 'aproximadamente', 'cerca'],
  localCurrency: null,
};
