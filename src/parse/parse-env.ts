/** What the parser needs from its host: a way to turn an HTML string into a Document. */
export interface ParseEnv {
  parseHtml(html: string): Document;
}
