/**
 * Words with which a job board labels pay it estimated itself (from similar jobs), in the
 * languages of the boards whose pay boxes can hold such a guess. A guess is not the
 * employer's offer, so a pay box that carries one of these is not read as pay. Lower case;
 * matched as word starts ("geschätzt" also covers "geschätztes").
 */
export const PAY_ESTIMATE_WORDS: readonly string[] = [
  // en
  'estimate',
  // de
  'geschätzt',
  'schätzung',
  'gehaltsschätzung',
  'gehaltsprognose',
  'prognose',
  // fr
  'estimé',
  'estimation',
  // nl
  'geschat',
  'schatting',
  'indicatie',
];
