import type { LangTable } from './lang-table.ts';

/** Portuguese (Brazil and Portugal). Folded headings: "Requisitos e qualificações" is "requisitos e qualificacoes". */
export const PT: LangTable = {
  code: 'pt',
  stopWords: (
    'o os as e do da dos das em no na nos nas um uma com não para que se por mais ao à é são ' +
    'seu sua seus suas você ou também pelo pela como este esta nosso nossa será ter está'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^(diferenciais?|desejaveis?|desejavel|(sera|e) um diferencial)\b|\b(requisitos|conhecimentos|qualificacoes|habilidades) (desejaveis|diferenciais|opcionais)\b|\b(sera|e|seria) (um )?(diferencial|plus)\b|\bdiferenciais?\b`,
    ],
    [
      'required',
      String.raw`^(requisitos( e qualificacoes)?|qualificacoes|o que (buscamos|procuramos|esperamos de voce|voce precisa ter|precisamos)|quem (buscamos|procuramos|e voce)|(seu )?perfil( (desejado|procurado))?|competencias|conhecimentos|habilidades|formacao|pre requisitos)\b`,
    ],
    [
      'benefits',
      String.raw`^(beneficios|o que (te )?oferecemos|oferecemos|nossos beneficios|vantagens|por que (trabalhar|fazer parte))\b`,
    ],
    [
      'responsibilities',
      String.raw`^(responsabilidades( e atribuicoes)?|atribuicoes|atividades|(suas|principais) (atividades|responsabilidades|atribuicoes)|o que voce (vai|ira) fazer|(no |seu )?dia a dia|sobre a (vaga|posicao|funcao)|descricao da (vaga|funcao)|a vaga|(seus )?desafios)\b`,
    ],
    [
      'about',
      String.raw`^(sobre (nos|a empresa|a companhia)|quem somos|nossa (empresa|historia|missao|cultura)|a empresa)\b`,
    ],
    ['compensation', String.raw`\b(salario|remuneracao|faixa salarial)\b`],
    ['other', String.raw`^(informacoes adicionais|etapas do processo)\b`],
    ['required', String.raw`\b(requisitos|qualificacoes)\b`],
  ],
  headingFiller: (
    'e ou de do da dos das o a os as um uma seu sua seus suas nosso nossa para com em no na que ' +
    'voce'
  ).split(' '),
  detect: {
    hiring: [
      'estamos (?:em busca|buscando|procurando|contratando)',
      'procuramos',
      'venha fazer parte',
      'vem fazer parte',
      'faça parte',
    ],
    apply: [
      'candidate[- ]se',
      'candidatar',
      'inscreva[- ]se',
      'envie (?:seu|o seu) (?:curr[ií]culo|cv)',
    ],
    employment: [
      'clt',
      'efetivo',
      'efetiva',
      'estágio',
      'estagio',
      'tempo integral',
      'meio per[ií]odo',
      'regime (?:clt|pj|h[ií]brido|presencial)',
    ],
    postingNouns: ['vaga', 'oportunidade de (?:emprego|trabalho)'],
  },
  roleNouns: (
    'desenvolvedor desenvolvedora programador programadora engenheiro engenheira analista ' +
    'técnico técnica consultor consultora gerente coordenador coordenadora assistente auxiliar ' +
    'especialista estagiário estagiária vendedor vendedora atendente operador operadora ' +
    'enfermeiro enfermeira arquiteto arquiteta supervisor supervisora'
  ).split(' '),
};
