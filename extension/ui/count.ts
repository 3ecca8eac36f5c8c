const rules = new Intl.PluralRules('en');

/** "1 skill", "5 skills", "0 roles": the noun agrees with the number. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${rules.select(n) === 'one' ? singular : plural}`;
}
