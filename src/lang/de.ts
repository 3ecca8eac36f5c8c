import type { LangTable } from './lang-table.ts';

/** German. Heading rows run on folded headings: "Über uns" is "uber uns", "Fähigkeiten" "fahigkeiten". */
export const DE: LangTable = {
  code: 'de',
  stopWords: (
    'der die das und ist ein eine einen einem zu mit für auf von den dem des im nicht wir sie ' +
    'du ihr dein deine dich dir unser unsere uns auch oder als bei sich werden sind über aus ' +
    'nach wie es wird zum zur durch sowie bzw'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^(wunschenswert|von vorteil|vorteilhaft|idealerweise|pluspunkte?|nice to have|optional|gerne auch)\b|\b(wunschenswerte|optionale) (kenntnisse|qualifikationen|fahigkeiten|erfahrungen?)\b|\b(ist|sind|ware|waren) (ein )?(plus|pluspunkt|von vorteil)\b`,
    ],
    [
      'required',
      String.raw`^((ihr|dein|euer|das) (profil|skillset|know how)|(was|das) (sie|du) (mitbringen|mitbringst)|(das )?(bringst du|bringen sie) mit|(sie|du) (bringen|bringst|haben|hast|verfugen|verfugst)|(was|das) wir (von (ihnen|dir) )?erwarten|(was|wen) wir suchen|damit (uberzeugst du|uberzeugen sie)|anforderungsprofil|anforderungen|voraussetzungen|qualifikation|qualifikationen|kenntnisse|fahigkeiten|profil)\b`,
    ],
    [
      'benefits',
      String.raw`^((was|das) wir (ihnen |dir |euch )?bieten|wir bieten|(das )?bieten wir|unser angebot|(deine|ihre|unsere) (vorteile|benefits|leistungen)|vorteile|darauf (kannst du dich|konnen sie sich) freuen|warum (wir|zu uns|bei uns))\b`,
    ],
    [
      'responsibilities',
      String.raw`^((ihre|deine|eure|die) (aufgaben|aufgabengebiete?|tatigkeiten|rolle|verantwortung|stelle)|(das sind )?(ihre|deine) aufgaben|aufgaben|aufgabengebiet|aufgabenbereich|tatigkeiten|tatigkeitsbereich|stellenbeschreibung|(was|das) (sie|du) (tun|tust|bewegen|bewegst)|(das )?erwartet (dich|sie)|(was )?(dich|sie) erwartet)\b`,
    ],
    [
      'about',
      String.raw`^(uber uns|wir uber uns|wer wir sind|(das|unser) (unternehmen|team)|unternehmen|unternehmensprofil)\b`,
    ],
    [
      'compensation',
      String.raw`\b(gehalt|gehaltsspanne|gehaltsrahmen|vergutung|verguetung|entgelt|bezahlung|lohn)\b`,
    ],
    [
      'required',
      String.raw`\b(anforderungen|voraussetzungen|qualifikationen|anforderungsprofil)\b`,
    ],
  ],
  headingFiller: (
    'und oder der die das den dem des ein eine einen ihr ihre ihren dein deine deinen unser ' +
    'unsere uns wir sie du bei fur mit von zu im in an auf als deiner ihrer'
  ).split(' '),
  detect: {
    hiring: [
      'wir suchen',
      'suchen wir',
      'wir sind auf der suche',
      'zur verstärkung',
      'ab sofort (?:eine?n?|suchen|gesucht)',
      'zum nächstmöglichen zeitpunkt',
    ],
    apply: [
      'jetzt bewerben',
      'bewirb dich',
      'bewerben sie sich',
      'ihre bewerbung',
      'deine bewerbung',
      'bewerbungsunterlagen',
      'online bewerben',
    ],
    employment: [
      'vollzeit',
      'teilzeit',
      'unbefristet',
      'unbefristete',
      'unbefristeten',
      'unbefristeter',
      'befristet',
      'befristete',
      'befristeten',
      'befristeter',
      'festanstellung',
      'werkstudent',
      'werkstudentin',
      'minijob',
    ],
    postingNouns: [
      'stellenangebot',
      'stellenangebote',
      'stellenanzeige',
      'stellenausschreibung',
      'jobangebot',
    ],
  },
  roleNouns: [
    '[a-zäöüß-]*(?:entwickler|programmierer|ingenieur|berater|techniker|mechaniker|mechatroniker|elektriker|elektroniker|informatiker|kaufmann|kauffrau|mitarbeiter|sachbearbeiter|leiter|referent|assistent|spezialist|fachkraft|architekt|betreuer|pfleger|erzieher|lehrer|fahrer|monteur|helfer|verkäufer|buchhalter|werkstudent|praktikant|auszubildende|bekämpfer|arzt|ärztin)(?:in|innen|e|en|r|s)?',
  ],
};
