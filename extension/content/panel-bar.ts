/**
 * The panel as a posting first shows it: one line, "JobLens", the posting's pay once known and
 * an Open button, built from
 * plain elements in the host's closed shadow root. It holds nothing about the user (no score,
 * no profile): text in a closed shadow root is still found by the page's `window.find`. The
 * pay is the page's own data, read back to it in one clean line. The
 * match itself lives in the framed panel (panel-host.ts), which the browser builds only when
 * the user opens it: creating that cross-origin frame is the largest single cost a posting
 * page pays for us (bench/README.md), so a page the user only glances at never pays it.
 */
import { PANEL_STYLES as S } from '../shared/panel-styles.ts';

/**
 * Builds the bar. `onOpen` runs on a real click or key press only: the page cannot reach into
 * the closed shadow root, and an event it dispatches at the host is not trusted.
 */
export function createPanelBar(doc: Document, onOpen: () => void): HTMLElement {
  const bar = doc.createElement('div');
  bar.style.cssText = S.bar;
  const brand = doc.createElement('span');
  brand.style.cssText = S.brand;
  brand.textContent = 'JobLens';
  const pay = doc.createElement('span');
  pay.style.cssText = S.pay;
  const open = doc.createElement('button');
  open.type = 'button';
  open.style.cssText = S.open;
  open.textContent = 'Open ▸';
  open.title = S.openLabel;
  open.setAttribute('aria-label', S.openLabel);
  open.setAttribute('aria-expanded', 'false');
  open.addEventListener('click', (e) => {
    if (e.isTrusted) onOpen();
  });
  bar.append(brand, pay, open);
  return bar;
}

/** Writes the pay line (empty when none is known): the bar's second child. */
export function setBarPay(bar: HTMLElement, pay: string | null): void {
  const line = bar.children[1];
  if (line && line.textContent !== (pay ?? '')) line.textContent = pay ?? '';
}
