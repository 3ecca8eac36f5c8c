import { describe, expect, it } from 'vitest';
import { leadWord } from '../detect/lang-phrases.ts';
import { identifyLanguage } from './identify-language.ts';
import { LANGUAGES } from './registry.ts';

describe('language tables', () => {
  it('lists eight languages, each code once', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(codes).toEqual(['en', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'it']);
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))(
    '%s: at most 31 heading rows (one bit each), every row a valid pattern',
    (_, lang) => {
      expect(lang.headings.length).toBeLessThanOrEqual(31);
      for (const [, source] of lang.headings) expect(() => new RegExp(source)).not.toThrow();
    },
  );

  it.each(LANGUAGES.map((l) => [l.code, l] as const))(
    '%s: every detection phrase starts with a word the gate can see',
    (_, lang) => {
      const { hiring, apply, employment, postingNouns } = lang.detect;
      for (const p of [...hiring, ...apply, ...employment, ...postingNouns]) {
        expect(leadWord(p), p).not.toBeNull();
      }
    },
  );

  it('refuses phrases the gate would miss', () => {
    expect(leadWord("we[’']re hiring")).toBe('we');
    expect(leadWord('contract(?:or)? role')).toBeNull();
    expect(leadWord('(?:wij|we) zoeken')).toBeNull();
    expect(leadWord('stellenangebote?')).toBeNull();
    expect(leadWord('apply now|send cv')).toBeNull();
    expect(leadWord('dołącz do')).toBe('do');
  });
});

describe('identifyLanguage', () => {
  it.each([
    ['en', 'We are a small team and you will work with our customers on the product.'],
    ['de', 'Wir sind ein kleines Team und du arbeitest mit unseren Kunden an dem Produkt.'],
    ['fr', 'Nous sommes une petite équipe et tu travailles avec nos clients sur le produit.'],
    ['es', 'Somos un equipo pequeño y trabajarás con nuestros clientes en el producto.'],
    ['pt', 'Somos uma equipe pequena e você vai trabalhar com os nossos clientes no produto.'],
    ['nl', 'Wij zijn een klein team en je werkt met onze klanten aan het product.'],
    [
      'pl',
      'Jesteśmy małym zespołem i będziesz pracować z naszymi klientami nad produktem, który jest dla nas ważny.',
    ],
    ['it', 'Siamo un piccolo team e lavorerai con i nostri clienti sul prodotto della azienda.'],
  ])('%s', (code, text) => {
    expect(identifyLanguage(text)).toBe(code);
  });

  it('says nothing when too few words tell', () => {
    expect(identifyLanguage('')).toBeNull();
    expect(identifyLanguage('Kotlin, Swift, GraphQL')).toBeNull();
  });
});
