/**
 * Words that join alternatives of one requirement, per supported language: "Python or Go",
 * "one of Java, Kotlin, Scala". `and` words join skills that are all asked for; `oneOf`
 * phrases announce a list any member of which is enough; `filler` may stand between such a
 * phrase and its list ("one of the following languages: ..."). `or` and `and` words also join
 * the items of a list of skills (lists.ts).
 */
export interface AlternativeWords {
  or: readonly string[];
  and: readonly string[];
  oneOf: readonly string[];
  filler: readonly string[];
}

export const ALTERNATIVE_WORDS: Readonly<Record<string, AlternativeWords>> = {
  en: {
    or: ['or'],
    and: ['and', 'plus'],
    oneOf: ['one of', 'any of', 'either of', 'at least one of'],
    filler: [
      'the',
      'following',
      'these',
      'those',
      'languages',
      'tools',
      'technologies',
      'frameworks',
    ],
  },
  de: {
    or: ['oder', 'bzw'],
    and: ['und', 'sowie'],
    oneOf: ['einer der', 'eine der', 'eines der', 'einem der'],
    filler: ['folgenden', 'sprachen', 'programmiersprachen', 'technologien', 'tools'],
  },
  fr: {
    or: ['ou'],
    and: ['et'],
    oneOf: ["l'un des", "l'une des", 'un des', 'une des'],
    filler: ['suivants', 'suivantes', 'langages', 'outils', 'technologies'],
  },
  es: {
    or: ['o', 'u'],
    and: ['y', 'e'],
    oneOf: ['uno de', 'una de', 'alguno de', 'alguna de'],
    filler: ['los', 'las', 'siguientes', 'lenguajes', 'herramientas', 'tecnologías'],
  },
  it: {
    or: ['o', 'oppure'],
    and: ['e', 'ed'],
    oneOf: ['uno tra', 'uno fra', 'uno dei', 'una delle'],
    filler: ['seguenti', 'linguaggi', 'strumenti', 'tecnologie'],
  },
  nl: {
    or: ['of'],
    and: ['en'],
    oneOf: ['een van', 'één van'],
    filler: ['de', 'volgende', 'talen', 'tools', 'technologieën'],
  },
  pl: {
    or: ['lub', 'albo'],
    and: ['i', 'oraz'],
    oneOf: ['jeden z', 'jednego z', 'jednym z'],
    filler: ['następujących', 'języków', 'narzędzi', 'technologii'],
  },
  pt: {
    or: ['ou'],
    and: ['e'],
    oneOf: ['um dos', 'uma das', 'algum dos', 'alguma das'],
    filler: ['seguintes', 'linguagens', 'ferramentas', 'tecnologias'],
  },
};
