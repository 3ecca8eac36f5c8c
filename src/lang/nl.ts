import type { LangTable } from './lang-table.ts';

/** Dutch. */
export const NL: LangTable = {
  code: 'nl',
  stopWords: (
    'de het een en van voor met op te is je jij jouw wij we ons onze zijn niet bij ook als aan ' +
    'naar dat die wat heb hebt heeft kun kunt wordt om uit maar door over deze er'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^((prettige |leuke )?extras|pluspunten|pluspunt|een pre|mooi meegenomen|bonuspunten|wenselijk|gewenst)\b|\b(is|zijn) (een )?(pre|pluspunt)\b|\b(wenselijke|gewenste) (ervaring|kennis|vaardigheden|eisen)\b`,
    ],
    [
      'required',
      String.raw`^((de )?ideale kandidaat|vereiste (kwalificaties|vaardigheden|kennis|ervaring)|wat (wij|we) (van je |van jou )?(vragen|verwachten|zoeken)|wat vragen (wij|we)|wie (ben jij|zoeken (wij|we))|wie jij bent|(jouw |je )?profiel|functie eisen|functieeisen|eisen|vereisten|(jouw )?kwalificaties|wat (breng|neem) (jij|je) mee|wat heb je nodig|dit (breng|neem) (jij|je) mee|(jouw )?vaardigheden|(jouw )?ervaring|kennis|opleiding|competenties)\b`,
    ],
    [
      'benefits',
      String.raw`^(wat (wij|we) (jou |je )?(bieden|te bieden hebben)|wat bieden (wij|we)|wat krijg (je|jij)|ons aanbod|(secundaire )?arbeidsvoorwaarden|voordelen|wat staat er tegenover|waarom (werken bij|kiezen voor)|dit (bieden|krijg) (wij|we|je|jij))\b`,
    ],
    [
      'responsibilities',
      String.raw`^(wat ga (je|jij|ik) doen|wat (je|jij) gaat doen|(jouw |je )?(taken|verantwoordelijkheden)|(de |jouw )?functie|functieomschrijving|over de (functie|rol|baan)|(jouw |de )?rol|werkzaamheden|(jouw )?uitdaging|een dag (uit|in) het leven)\b`,
    ],
    [
      'about',
      String.raw`^(over ons|wie zijn (wij|we)|wie wij zijn|(ons |het )?bedrijf|over (het bedrijf|de organisatie)|de organisatie|ons team|onze (missie|cultuur|organisatie))\b`,
    ],
    ['compensation', String.raw`\b(salaris|salarisindicatie|beloning|loon|salarisrange)\b`],
    ['required', String.raw`\b(functie eisen|functieeisen|vereisten)\b`],
  ],
  headingFiller:
    'en of de het een van voor met in op aan je jouw jij wij we ons onze bij te wat'.split(' '),
  detect: {
    hiring: [
      'wij zoeken',
      'we zoeken',
      'zoeken wij',
      'zoeken we',
      'wij zijn op zoek',
      'we zijn op zoek',
      'ben jij (?:de|onze|die)',
      'versterking',
    ],
    apply: [
      'solliciteer',
      'solliciteren',
      'sollicitatie',
      'reageer (?:direct|nu|dan)',
      'stuur (?:je|jouw|uw) (?:cv|sollicitatie|motivatie)',
    ],
    employment: [
      'fulltime',
      'parttime',
      'voltijd',
      'deeltijd',
      'vast contract',
      'tijdelijk contract',
      'vaste aanstelling',
      'uur per week',
    ],
    postingNouns: ['vacature', 'vacaturetekst'],
  },
  roleNouns: [
    '[a-z-]*(?:ontwikkelaar|medewerker|adviseur|monteur|verpleegkundige|beheerder|programmeur|leider|coördinator|specialist|stagiair|chauffeur|verkoper|begeleider|docent|engineer)s?',
  ],
};
