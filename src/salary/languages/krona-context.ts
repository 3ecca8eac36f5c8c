/**
 * "kr" is the krona or krone of three countries: the words around it tell which. Country and
 * city names, and the words for pay and common function words that differ between the three
 * languages ("lön" / "lønn" / "løn", "och" / "og", "av" / "af").
 */
export const KRONA_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  SEK: (
    'sverige sweden swedish svensk svenska stockholm göteborg gothenburg malmö uppsala lön ' +
    'månadslön årslön och att för är inte kronor erbjuder'
  ).split(' '),
  NOK: (
    'norge norway norwegian norsk oslo bergen trondheim stavanger lønn månedslønn årslønn ' +
    'tilbyr å også'
  ).split(' '),
  DKK: (
    'danmark denmark danish dansk københavn copenhagen aarhus odense løn månedsløn årsløn ' +
    'af tilbyder'
  ).split(' '),
};
