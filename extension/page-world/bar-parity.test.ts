import { expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../../src/dom/linkedom-env.ts';
import { createPanelBar, setBarPay } from '../content/panel-bar.ts';
import { collapsedHostStyle, PANEL_STYLES } from '../shared/panel-styles.ts';
import { fakePageWorld } from '../testing/fake-page-world.ts';

/** Tag, style, text and attributes of an element and its children: what the user sees of the bar. */
function shape(e: Element): unknown {
  const attrs = Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]));
  const kids = [...e.children].map(shape);
  return { tag: e.tagName, attrs, text: kids.length ? null : e.textContent, kids };
}

// The bar is built twice: by the content script (content/panel-bar.ts) and inside the function
// the background runs in the page's own world (page-world/in-page.ts), which cannot import it
// (the browser sends that function's source alone). The two must stay the same bar.
it.each([null, '$70K–$85K / yr · USD'])(
  "the page world's bar is the content script's bar (pay %s)",
  (pay) => {
    const page = fakePageWorld('<html><body></body></html>', 'https://jobs.lever.co/acme/1');
    const read = page.run({ kind: 'read', limit: 100, want: 'none' }) as { token: string };
    const view = { hidden: false, collapsed: true, pay };
    const styles = { ...PANEL_STYLES, collapsed: collapsedHostStyle(pay) };
    page.run({ kind: 'show', token: read.token, key: 'k', panelUrl: 'x', view, styles });
    const inPage = page.state()?.root?.firstElementChild;
    const content = createPanelBar(
      parseHtmlLinkedom('<html><body></body></html>'),
      () => undefined,
    );
    setBarPay(content, pay);
    expect(inPage).toBeTruthy();
    expect(shape(inPage as Element)).toEqual(shape(content));
  },
);
