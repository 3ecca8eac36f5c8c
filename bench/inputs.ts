import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_DIR, ROOT } from './args.ts';

/** One posting as the benchmarks feed it to the parser. */
export interface PostingInput {
  name: string;
  kind: 'text' | 'html';
  content: string;
  url: string | null;
}

export const FIXTURES = resolve(BENCH_DIR, 'fixtures');

export const fixture = (file: string): string => readFileSync(resolve(FIXTURES, file), 'utf8');

/** The URLs our HTML fixtures live at "in the wild" (the site adapters key on them). */
export const FIXTURE_URLS = {
  greenhouse: 'https://job-boards.greenhouse.io/pinecresthealth/jobs/5012345',
  jsonld: 'https://careers.nordlicht-freight.example/jobs/backend-developer-kotlin-2291',
} as const;

function seeds(): PostingInput[] {
  const dir = resolve(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: `seed ${f.slice(0, 3)}`,
      kind: 'text',
      content: readFileSync(resolve(dir, f), 'utf8'),
      url: null,
    }));
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain-text posting as a company careers page would serve it: headings, lists, paragraphs. */
export function textAsHtmlPage(title: string, text: string): string {
  const body = text
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n').filter((l) => l.trim() !== '');
      if (lines.every((l) => /^\s*[-*•]\s/.test(l))) {
        return `<ul>${lines.map((l) => `<li>${escapeHtml(l.replace(/^\s*[-*•]\s+/, ''))}</li>`).join('')}</ul>`;
      }
      if (lines.length === 1 && /^#+\s/.test(lines[0] as string)) {
        return `<h3>${escapeHtml((lines[0] as string).replace(/^#+\s+/, ''))}</h3>`;
      }
      return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} | Careers</title></head><body><header><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header><main><article><h1>${escapeHtml(title)}</h1>\n${body}</article></main><footer><p>© Example Co</p></footer></body></html>`;
}

export interface PostingSet {
  text: PostingInput[];
  html: PostingInput[];
  /** The "typical 10 KB posting" of each path, the one the budget is about. */
  typicalText: PostingInput;
  typicalHtml: PostingInput;
}

export function loadPostings(): PostingSet {
  const typicalText: PostingInput = {
    name: 'long-posting.txt',
    kind: 'text',
    content: fixture('long-posting.txt'),
    url: null,
  };
  const typicalHtml: PostingInput = {
    name: 'greenhouse-posting.html',
    kind: 'html',
    content: fixture('greenhouse-posting.html'),
    url: FIXTURE_URLS.greenhouse,
  };
  const jsonld: PostingInput = {
    name: 'jsonld-posting.html',
    kind: 'html',
    content: fixture('jsonld-posting.html'),
    url: FIXTURE_URLS.jsonld,
  };
  const text = [...seeds(), typicalText];
  const asPages: PostingInput[] = seeds().map((s, i) => ({
    name: `${s.name} as HTML page`,
    kind: 'html',
    content: textAsHtmlPage(`Opening ${i + 1}`, s.content),
    url: `https://careers.example.com/jobs/opening-${i + 1}`,
  }));
  return { text, html: [typicalHtml, jsonld, ...asPages], typicalText, typicalHtml };
}

export const kb = (s: string): number => Buffer.byteLength(s, 'utf8') / 1024;
