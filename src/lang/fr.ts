import type { LangTable } from './lang-table.ts';

/** French. Apostrophes drop out of headings: "L'entreprise" is "lentreprise", "t'offrons" "toffrons". */
export const FR: LangTable = {
  code: 'fr',
  stopWords: (
    'le la les de des du et est un une dans pour avec sur au aux que qui ne pas nous vous tu ' +
    'ce cette ces son sa ses votre vos notre nos ton ta tes être sont par ou où il elle leur ' +
    'nos une également afin'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^(atouts?|les plus|un plus|(ce )?serait un plus|souhaite|souhaitee|souhaites|souhaitees|apprecie|appreciee|apprecies|appreciees|idealement|optionnel)\b|\b(competences|qualifications|connaissances|experiences?) (souhaitees?|appreciees?|optionnelles?|bonus)\b|\b(est|serait|sont|seraient) (un )?(plus|atout)\b|\bun plus\b`,
    ],
    [
      'required',
      String.raw`^(profils? (recherches?|souhaites?|attendus?|candidats?)|(votre|ton|le) profil|profil|(competences|qualifications|connaissances|formation|experience) (requises?|attendues?|necessaires|indispensables|techniques|cles)|ce (que nous|quon|que l on) (recherchons|recherche|attendons|attend|cherchons|cherche)|(qui )?(etes vous|es tu)|vous (etes|avez|maitrisez)|tu (es|as|maitrises)|prerequis|pre requis|exigences|(les )?indispensables|(les )?competences|(les )?qualifications)\b`,
    ],
    [
      'benefits',
      String.raw`^((ce que )?(nous|on|l on|lon) (vous |te )?(offrons|proposons|offre|propose|toffrons|toffre|toffre)|(les |nos )?avantages|pourquoi (nous )?rejoindre|pourquoi (travailler|venir)|(les )?plus de (l offre|loffre|notre offre))\b`,
    ],
    [
      'responsibilities',
      String.raw`^((vos|tes|les|ses|nos|vos principales|tes principales) (missions|responsabilites|taches|activites)|missions?|(descriptif|description) (du poste|de (la )?mission|de l offre|de loffre)|(le|votre|ton) (poste|role|quotidien)|(au )?quotidien|ce que (vous ferez|tu feras)|responsabilites|(les )?taches|activites principales)\b`,
    ],
    [
      'about',
      String.raw`^(qui sommes nous|qui nous sommes|a propos( de nous)?|lentreprise|l entreprise|(notre|la) (entreprise|societe|equipe|histoire|culture)|presentation de (l entreprise|lentreprise|la societe)|nos valeurs)\b`,
    ],
    ['compensation', String.raw`\b(remuneration|salaire|salaires|tjm|taux journalier)\b`],
  ],
  headingFiller: (
    'et ou de des du la le les l d un une vos votre nos notre ton ta tes pour avec en au aux ' +
    'sur ce qui que nous vous tu on'
  ).split(' '),
  detect: {
    hiring: [
      'nous recherchons',
      'nous cherchons',
      'nous recrutons',
      'recrute',
      'recrutons',
      'recrutent',
      'on recherche',
      'on recrute',
      'rejoignez',
      'vous rejoindrez',
      'tu rejoindras',
      'venez renforcer',
    ],
    apply: [
      'postuler',
      'postulez',
      'candidater',
      'candidatez',
      'envoyez votre (?:cv|candidature)',
      'envoyez[- ]nous votre (?:cv|candidature)',
      'envoie ton (?:cv|candidature)',
      'envoie[- ]nous ton (?:cv|candidature)',
      'votre candidature',
      'ta candidature',
    ],
    employment: [
      'cdi',
      'cdd',
      'temps plein',
      'temps partiel',
      'temps complet',
      'alternance',
      'intérim',
      'interim',
      "contrat (?:à durée|de travail|en alternance|de professionnalisation|d[’']apprentissage)",
      'statut cadre',
    ],
    postingNouns: [
      "offre d[’']emploi",
      'offre de (?:poste|stage|mission)',
      'fiche de poste',
      'poste à pourvoir',
      'description du poste',
    ],
  },
  roleNouns: (
    'développeur développeuse ingénieur ingénieure technicien technicienne chargé chargée ' +
    'responsable consultant consultante conseiller conseillère commercial commerciale comptable ' +
    'assistant assistante directeur directrice chef gestionnaire analyste architecte mécanicien ' +
    'mécanicienne électricien électricienne opérateur opératrice agent employé employée vendeur ' +
    'vendeuse infirmier infirmière préparateur préparatrice cariste magasinier alternant ' +
    'stagiaire auxiliaire animateur animatrice formateur formatrice'
  ).split(' '),
};
