import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeHref } from '../options/model/role-rows.ts';

/**
 * Page text reaches our pages as text (architecture.test.ts bans the HTML sinks). What is
 * left is URLs: a stored role's URL comes from a web page or an import file, and as an href
 * a "javascript:" URL would run in our options page. Every link must go through safeHref.
 */
describe('safeHref: only http(s) becomes a link', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/1', 'https://boards.greenhouse.io/acme/jobs/1'],
    ['http://jobs.example/1?a=b#c', 'http://jobs.example/1?a=b#c'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['\tjavascript:alert(1)', undefined],
    ['  javascript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['blob:https://evil.example/uuid', undefined],
    ['chrome-extension://abc/options.html', undefined],
    ['file:///etc/passwd', undefined],
    ['//evil.example/x', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    ['not a url', undefined],
  ])('%j -> %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

const ROOT = new URL('..', import.meta.url).pathname;
function tsx(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsx(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

describe('URL attributes in our pages', () => {
  const sources = tsx(ROOT).map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')] as const);

  it('finds the pages', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources)('%s: every href/src/action is a literal or comes from safeHref', (_f, text) => {
    for (const m of text.matchAll(/\b(href|src|action|formAction|srcset)=\{([^}]*)\}/g)) {
      const [, attr, expr = ''] = m;
      const name = expr.trim();
      // A variable assigned from safeHref in the same file, or a call to it.
      const fromSafeHref =
        /^safeHref\(/.test(name) ||
        (/^\w+$/.test(name) && new RegExp(`\\b${name}\\s*=\\s*safeHref\\(`).test(text));
      expect(fromSafeHref, `${attr}={${expr}}`).toBe(true);
    }
  });
});
