import type { PayLanguage } from './pay-language.ts';

/** English: the words the reader started with, and the postings most figures come from. */
export const EN: PayLanguage = {
  periodNouns: {
    annum: 'year',
    year: 'year',
    yr: 'year',
    y: 'year',
    hour: 'hour',
    hr: 'hour',
    h: 'hour',
    day: 'day',
    d: 'day',
    diem: 'day',
    week: 'week',
    wk: 'week',
    w: 'week',
    month: 'month',
    mo: 'month',
    mth: 'month',
    m: 'month',
  },
  periodAdverbs: {
    annually: 'year',
    yearly: 'year',
    annual: 'year',
    pa: 'year',
    hourly: 'hour',
    ph: 'hour',
    daily: 'day',
    pd: 'day',
    weekly: 'week',
    pw: 'week',
    monthly: 'month',
    pcm: 'month',
  },
  periodPrepositions: ['per', 'a', 'an'],
  payWords: (
    'salary salaries pay paid compensation base range rate rates wage wages ote earnings earn ' +
    'remuneration income ctc annum'
  ).split(' '),
  notPayWords: (
    'stipend stipends allowance allowances bonus bonuses equity rsu rsus stock shares options ' +
    'insurance coverage cover budget budgets reimburse reimbursed reimbursement reimbursements ' +
    'raised raising funding funded valuation valued revenue arr gmv worth market investor ' +
    'investors grant grants relocation signing referral donation donations match matching perk ' +
    'perks credit credits spend savings tuition wellness gym commuter equipment learning ' +
    'conference prize prizes fee fees price priced cost costs discount discounts voucher ' +
    'vouchers cashback'
  ).split(' '),
  packageWords: 'bonus bonuses equity commission commissions stock options rsu rsus benefits'.split(
    ' ',
  ),
  packageJoiners: 'plus and with'.split(' '),
  statisticWords: 'average median mean typical'.split(' '),
  paymentsPerYear: ['# monthly payments', '# salaries', 'x #'],
  firstPersonPay: [
    'i make',
    'i earn',
    'i am paid',
    'i m paid',
    'i get paid',
    'i currently make',
    'i currently earn',
    'my salary',
    'my pay',
    'my base',
    'my current salary',
  ],
  fillers: ['gross', 'net', 'base'],
  openMax: ['from', 'min', 'minimum', 'at least', 'starting at', 'starts at', 'start at'],
  openMin: ['up to', 'upto', 'max', 'maximum'],
  openMaxAfter: ['and up', 'and above', 'or more', 'or higher'],
  connectors: ['to', 'until'],
  pairedConnectors: { and: ['between'] },
  articles: ['the'],
  approximately: [
    'approx',
    'approximately',
    'about',
    'around',
    'roughly',
    'circa',
    'ca',
    'equivalent',
    'eq',
    'equals',
    'or',
  ],
  localCurrency: null,
};
