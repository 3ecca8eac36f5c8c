import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('.', import.meta.url).pathname;
const WRAPPER = 'platform/browser-api.ts';
// The page's HTML is read in two places: by the content script, and by the function the
// background runs in the page's own world, which must carry its own copy (its source is sent
// alone).
const SERIALIZERS = ['content/page-html.ts', 'page-world/in-page.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = files(ROOT).map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')] as const);

describe('extension architecture', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(sources.filter(([f]) => f !== WRAPPER))(
    '%s reaches the browser only through browser-api.ts',
    (_f, text) => {
      expect(text).not.toMatch(/from ['"]webextension-polyfill['"]/);
      expect(text).not.toMatch(
        /\b(chrome|browser)\.(runtime|storage|tabs|scripting|action|permissions)\b/,
      );
    },
  );

  it.each(sources)('%s renders page text as text (no HTML written, no eval)', (_f, text) => {
    expect(text).not.toMatch(/\b(innerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b/);
    expect(text).not.toMatch(/\bouterHTML\s*=[^=]/);
    expect(text).not.toMatch(/\beval\(|new Function\(/);
  });

  // The page's HTML is read once per look, to send it to the background's parser.
  it.each(sources.filter(([f]) => !SERIALIZERS.includes(f)))(
    '%s does not serialize the page',
    (_f, text) => {
      expect(text).not.toMatch(/\bouterHTML\b/);
    },
  );

  it.each(sources)('%s makes no network requests', (_f, text) => {
    expect(text).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(/);
  });
});
