import type { LangTable } from './lang-table.ts';

/** Polish. Folded headings: "Zakres obowiązków" is "zakres obowiazkow", "ł" is "l". */
export const PL: LangTable = {
  code: 'pl',
  stopWords: (
    'i w z na do się nie jest że od dla oraz jak po to ze co przez lub jako ich nas twoje twój ' +
    'naszego naszej naszym będzie są która które który także pracy'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^(mile (widziane|widziany|widziana)|(dodatkowym )?atutem bedzie|dodatkowy atut|dodatkowym atutem|atuty|plusem bedzie)\b|\b(mile (widziane|widziany|widziana)|dodatkowym atutem|bedzie atutem|bedzie plusem)\b`,
    ],
    [
      'required',
      String.raw`^((nasze )?wymagania|wymagane|kogo szukamy|czego (od ciebie )?oczekujemy|oczekujemy|(nasze )?oczekiwania|twoj profil|profil kandydata|co dla nas jest wazne|czego potrzebujesz|kwalifikacje|(wymagane )?umiejetnosci|jestes osoba|szukamy osoby)\b`,
    ],
    [
      'benefits',
      String.raw`^((co )?oferujemy|co (mozemy|mozesz) (ci |tobie |wam )?(zaoferowac|zyskac)|co (zyskujesz|zyskasz|otrzymasz|dostaniesz)|benefity|(nasza )?oferta|dlaczego (warto|my)|w zamian oferujemy|zapewniamy)\b`,
    ],
    [
      'responsibilities',
      String.raw`^((twoj )?zakres obowiazkow|(twoje )?(obowiazki|zadania)|czym bedziesz sie zajmowac|co bedziesz robic|opis (stanowiska|pracy|roli)|twoja rola|na czym polega praca)\b`,
    ],
    [
      'about',
      String.raw`^(o nas|kim jestesmy|o firmie|nasza firma|o (projekcie|zespole)|nasz zespol)\b`,
    ],
    ['compensation', String.raw`\b(wynagrodzenie|stawka|widelki|pensja)\b`],
    ['required', String.raw`\b(wymagania|oczekiwania)\b`],
  ],
  headingFiller:
    'i oraz lub a w we z ze na do od dla nas nasz nasze nasza twoj twoje twoja ci co'.split(' '),
  detect: {
    hiring: [
      'szukamy',
      'poszukujemy',
      'zatrudnimy',
      'zatrudni',
      'rekrutujemy',
      'dołącz do',
      'zapraszamy do (?:współpracy|udziału w rekrutacji|zespołu|aplikowania)',
    ],
    apply: ['aplikuj', 'prześlij (?:nam )?(?:cv|swoje cv)', 'wyślij cv', 'złóż aplikację'],
    employment: [
      'umowa o pracę',
      'umowę o pracę',
      'umowy o pracę',
      'umowa zlecenie',
      'umowa (?:o dzieło|b2b)',
      'b2b',
      'pełn(?:y|ym|en) etat(?:u|cie)?',
      'praca zmianowa',
    ],
    postingNouns: ['oferta pracy', 'ogłoszenie'],
  },
  roleNouns: (
    'pracownik pracownica specjalista specjalistka kierownik kierowniczka programista ' +
    'programistka inżynier inzynier analityk analityczka konsultant konsultantka doradca ' +
    'technik operator operatorka magazynier kierowca księgowa księgowy asystent asystentka ' +
    'przedstawiciel sprzedawca sprzedawczyni tester testerka administrator architekt stażysta ' +
    'stażystka praktykant monter elektryk mechanik opiekun opiekunka'
  ).split(' '),
};
