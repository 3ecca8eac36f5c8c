import { parseHTML } from 'linkedom';
import type { ParseEnv } from '../parse/parse-env.ts';

/** Node's stand-in for the browser DOM. linkedom wants a whole document, so fragments are wrapped. */
export function parseHtmlNode(html: string): Document {
  const whole = /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

export const nodeParseEnv: ParseEnv = { parseHtml: parseHtmlNode };
