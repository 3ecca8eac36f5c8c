import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

// src/ is the pure core: it runs in Node, the content script and extension pages alike.
const FORBIDDEN: [RegExp, string][] = [
  [
    /\b(chrome|browser)\.(runtime|storage|tabs|scripting|action|permissions|windows)\b/,
    'browser extension API',
  ],
  [/from ['"]webextension-polyfill['"]/, 'webextension-polyfill'],
  [/from ['"]preact/, 'preact'],
  [/from ['"](\.\.\/)+extension\//, 'an extension/ module'],
];

// Code the extension bundles must not pull in Node-only modules.
const BROWSER_BUNDLED = /^(page|sites|detect|salary|skills|text|schema|match|parse|format|dom)\//;
const NODE_ONLY = /from ['"](node:|fs|path)/;
// linkedom (about 250 KB) is the background's and the CLI's DOM, never the content script's:
// only src/dom/ may import it, and the page code reads the live DOM.
const LINKEDOM = /from ['"]linkedom/;

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s stays free of browser APIs', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, what] of FORBIDDEN) {
      expect(pattern.test(text), `${file} uses ${what}`).toBe(false);
    }
  });

  it.each(
    files.filter((f) => BROWSER_BUNDLED.test(relative(SRC, f))).map((f) => [relative(SRC, f), f]),
  )('%s does not import Node-only modules', (_, file) => {
    expect(NODE_ONLY.test(readFileSync(file, 'utf8'))).toBe(false);
  });

  it.each(
    files.filter((f) => !relative(SRC, f).startsWith('dom/')).map((f) => [relative(SRC, f), f]),
  )('%s leaves linkedom to src/dom/', (_, file) => {
    expect(LINKEDOM.test(readFileSync(file, 'utf8'))).toBe(false);
  });
});
