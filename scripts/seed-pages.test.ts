import { describe, expect, it } from 'vitest';
import { escapeHtml, seedPage, seedUrl } from './seed-pages.ts';

describe('seed pages', () => {
  it('alternates Greenhouse and Lever URLs that the site adapters recognise', () => {
    expect(seedUrl(0)).toBe('https://boards.greenhouse.io/demo-board/jobs/70000001');
    expect(seedUrl(1)).toMatch(
      /^https:\/\/jobs\.lever\.co\/demo-board\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('keeps every line of the text, escaped, one paragraph each', () => {
    const page = seedPage(0, 'x', 'Title line\n\n<b>Pay</b> $1 & up\n');
    expect(page.html).toContain('<p>Title line</p>');
    expect(page.html).toContain('<p>&lt;b&gt;Pay&lt;/b&gt; $1 &amp; up</p>');
    expect(page.html).toContain('id="content"');
    expect(seedPage(1, 'y', 'a').html).toContain('class="section-wrapper"');
  });

  it('escapes quotes too', () => {
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});
