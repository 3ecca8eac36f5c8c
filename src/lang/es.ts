import type { LangTable } from './lang-table.ts';

/** Spanish. Heading rows run on folded headings: "Qué harás" is "que haras". */
export const ES: LangTable = {
  code: 'es',
  stopWords: (
    'el la los las y del en por con una es para que se su sus al lo como más pero este esta ' +
    'nuestro nuestra nuestros tu tus muy también hay ser será tiene están estamos desde donde ' +
    'cuando todo todos sobre'
  ).split(' '),
  headings: [
    [
      'preferred',
      String.raw`^(se valorara|se valora|valoramos|valorables?|deseables?|(sera|es) un plus|puntos extra)\b|\b(requisitos|conocimientos|habilidades|experiencia) (deseables?|deseados|deseadas|valorables?|opcionales?)\b|\b(sera|es|seria) (un )?plus\b|\b(se valorara|valoraremos|valorables?|deseables?)\b`,
    ],
    [
      'required',
      String.raw`^((lo )?que (se )?(necesitas|necesitaras|debes) (traer|tener|aportar|saber)|requisitos|requerimientos|(tu|el) perfil|perfil( (buscado|requerido|deseado))?|(lo que |que )?buscamos|a quien buscamos|(lo que |que )?(necesitas|pedimos)|imprescindibles?|habilidades|competencias|conocimientos|formacion|experiencia requerida|(lo que |que )?(esperamos|necesitamos) de ti|quien eres|eres tu)\b`,
    ],
    [
      'benefits',
      String.raw`^((lo que |que )?(te )?ofrecemos|beneficios|ventajas|nuestros beneficios|por que (unirte|trabajar|nosotros))\b`,
    ],
    [
      'responsibilities',
      String.raw`^((tus )?(funciones|responsabilidades|tareas)|(lo )?que haras|que vas a hacer|(en )?(tu |el )?dia a dia|(el|tu) (puesto|rol)|descripcion del (puesto|rol|empleo|trabajo)|sobre el (puesto|rol)|tu mision|la posicion|mision del puesto)\b`,
    ],
    [
      'about',
      String.raw`^(sobre nosotros|quienes somos|acerca de nosotros|(nuestra|la) empresa|sobre la empresa|nuestra (mision|cultura|historia)|conocenos)\b`,
    ],
    [
      'compensation',
      String.raw`\b(salario|sueldo|remuneracion|retribucion|banda salarial|rango salarial|compensacion)\b`,
    ],
    [
      'required',
      String.raw`\b(requisitos|requerimientos|imprescindibles?)\b|\b(conocimientos|habilidades|competencias) (concretos|concretas|especificos|especificas|tecnicos|tecnicas|necesarios|necesarias|requeridos|requeridas)\b`,
    ],
  ],
  headingFiller: (
    'y o e de del la el los las un una tu tus su sus nuestro nuestra nuestros nuestras para con ' +
    'en a al que lo se'
  ).split(' '),
  detect: {
    hiring: [
      'buscamos',
      'estamos buscando',
      'estamos en b[uú]squeda',
      'se busca',
      'queremos incorporar',
    ],
    apply: [
      'inscríbete',
      'inscribete',
      'envía tu (?:cv|curr[ií]culum|candidatura)',
      'envíanos tu (?:cv|curr[ií]culum|candidatura)',
      'envia tu (?:cv|curr[ií]culum|candidatura)',
      'postúlate',
      'tu candidatura',
    ],
    employment: [
      'jornada (?:completa|parcial|intensiva)',
      'tiempo (?:completo|parcial)',
      'contrato (?:indefinido|temporal|fijo|por obra)',
      'media jornada',
    ],
    postingNouns: ['oferta de (?:empleo|trabajo)', 'vacante', 'puesto vacante'],
  },
  roleNouns: (
    'desarrollador desarrolladora programador programadora ingeniero ingeniera técnico técnica ' +
    'analista consultor consultora responsable jefe jefa gerente director directora ' +
    'administrativo administrativa comercial asesor asesora especialista coordinador ' +
    'coordinadora operario operaria enfermero enfermera camarero camarera dependiente becario ' +
    'becaria arquitecto arquitecta'
  ).split(' '),
};
