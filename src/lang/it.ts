import type { LangTable } from './lang-table.ts';

/** Italian. Folded headings: "Responsabilità" is "responsabilita". */
export const IT: LangTable = {
  code: 'it',
  stopWords: (
    'il lo la i gli le di del della dei delle e è un una per con che non in nel nella sono si ' +
    'al alla come anche più tra questo questa nostro nostra tuo tua essere ha hanno degli'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^((costituira |costituisce )?titolo preferenziale|preferibile|preferibilmente|gradito|gradita|graditi|gradite|sara (considerato )?un plus|(competenze|requisiti) (gradite|graditi|preferenziali))\b|\b(titolo preferenziale|costituisce un plus|e un plus|sara un plus|gradito|gradita|graditi|gradite)\b`,
    ],
    [
      'required',
      String.raw`^(requisiti( (richiesti|minimi|necessari))?|(cosa|chi) cerchiamo|profilo( (ricercato|richiesto|del candidato))?|il (tuo )?profilo|il candidato ideale|la persona ideale|competenze( (richieste|tecniche|necessarie))?|conoscenze|esperienza( richiesta)?|formazione|cosa (ti )?chiediamo|cosa serve)\b`,
    ],
    [
      'benefits',
      String.raw`^(cosa (ti )?offriamo|offriamo|(i nostri )?benefits?|vantaggi|perche (lavorare con noi|unirti a noi|noi)|cosa troverai|(la )?nostra offerta|si offre)\b`,
    ],
    [
      'responsibilities',
      String.raw`^(responsabilita|mansioni|le tue (mansioni|responsabilita|attivita)|attivita|(le )?principali (attivita|responsabilita)|il lavoro|cosa farai|di cosa ti occuperai|ti occuperai di|(il|il tuo|la tua) (ruolo|posizione)|descrizione (del ruolo|della posizione|dell offerta|della mansione)|la posizione|compiti)\b`,
    ],
    [
      'about',
      String.raw`^(chi siamo|l azienda|lazienda|(la )?nostra azienda|azienda|su di noi|(la )?nostra (missione|storia|cultura))\b`,
    ],
    ['compensation', String.raw`\b(retribuzione|ral|stipendio|compenso|inquadramento)\b`],
    ['required', String.raw`\brequisiti\b`],
  ],
  headingFiller: (
    'e ed o di del della dei delle il lo la i gli le un una tuo tua tuoi nostro nostra per con ' +
    'in a al che'
  ).split(' '),
  detect: {
    hiring: [
      'cerchiamo',
      'stiamo cercando',
      'ricerchiamo',
      'alla ricerca di',
      'selezioniamo',
      'seleziona per',
      'entra a far parte',
      'unisciti',
    ],
    apply: ['candidati', 'candidatura', 'invia (?:il tuo|la tua) (?:cv|curriculum|candidatura)'],
    employment: [
      'tempo (?:pieno|indeterminato|determinato|parziale)',
      'contratto (?:a tempo|di apprendistato|indeterminato|determinato)',
      'apprendistato',
      'tirocinio',
      'partita iva',
      'ccnl',
    ],
    postingNouns: ['offerta di lavoro', 'annuncio di lavoro', 'posizione aperta'],
  },
  roleNouns: (
    'sviluppatore sviluppatrice programmatore programmatrice ingegnere tecnico tecnica analista ' +
    'consulente responsabile impiegato impiegata addetto addetta operaio operaia magazziniere ' +
    'commesso commessa infermiere infermiera stagista tirocinante geometra progettista ' +
    'sistemista specialista coordinatore coordinatrice direttore assistente contabile autista ' +
    'manutentore elettricista meccanico'
  ).split(' '),
};
