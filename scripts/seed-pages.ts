/**
 * The seed postings (plain text) as pages a career site could serve: Greenhouse-style and
 * Lever-style markup under real-looking URLs, so the demo exercises the real content-script
 * matches and site adapters. The text goes in unchanged, one paragraph per line; nothing is
 * added that the seed does not say (no title or salary markup invented for it).
 */
export interface SeedPage {
  name: string;
  url: string;
  html: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => `      <p>${escapeHtml(l)}</p>`)
    .join('\n');
}

/** Stable fake ids from the seed's index: Greenhouse numeric, Lever UUID-shaped. */
export function seedUrl(index: number): string {
  const n = String(index).padStart(4, '0');
  return index % 2 === 0
    ? `https://boards.greenhouse.io/demo-board/jobs/7${n}001`
    : `https://jobs.lever.co/demo-board/0000${n}-0000-4000-8000-00000000${n}`;
}

export function seedHtml(index: number, name: string, text: string): string {
  const title = `Demo posting ${escapeHtml(name)}`;
  const body =
    index % 2 === 0
      ? `  <div id="app_body">\n    <div id="content">\n${paragraphs(text)}\n    </div>\n  </div>`
      : `  <div class="posting-page">\n    <div class="section-wrapper">\n      <div class="section">\n${paragraphs(text)}\n      </div>\n    </div>\n  </div>`;
  return `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function seedPage(index: number, name: string, text: string): SeedPage {
  return { name, url: seedUrl(index), html: seedHtml(index, name, text) };
}
