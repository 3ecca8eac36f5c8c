/**
 * Labels of a job page's pay field (a career page's "Compensation: $60,000 – $70,000" row),
 * in the languages those pages come in. Lower case; a label matches when it starts with one.
 */
export const PAY_LABELS: readonly string[] = [
  // en
  'compensation',
  'salary',
  'pay',
  'wage',
  // de
  'gehalt',
  'vergütung',
  // fr
  'salaire',
  'rémunération',
  // es
  'salario',
  'compensación',
  // nl
  'salaris',
];
