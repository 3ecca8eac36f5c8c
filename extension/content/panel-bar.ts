/**
 * The panel as a posting first shows it: one line, "JobLens" and an Open button, built from
 * plain elements in the host's closed shadow root. It holds nothing about the user (no score,
 * no profile): text in a closed shadow root is still found by the page's `window.find`. The
 * match itself lives in the framed panel (panel-host.ts), which the browser builds only when
 * the user opens it: creating that cross-origin frame is the largest single cost a posting
 * page pays for us (bench/README.md), so a page the user only glances at never pays it.
 */

// Generic families only: a page's @font-face cannot take the name of a generic family.
const FONT = '600 13px/1 system-ui, sans-serif';

const BAR = [
  'display:flex',
  'align-items:center',
  'gap:8px',
  'box-sizing:border-box',
  'height:100%',
  'padding:0 5px 0 14px',
  `font:${FONT}`,
  'color:#1f2328',
  'background:#ffffff',
  'border:1px solid #d8dee6',
  'border-radius:20px',
].join(';');

const BRAND = 'flex:1 1 auto;letter-spacing:.01em';

const OPEN = [
  'appearance:none',
  'margin:0',
  'border:0',
  'border-radius:15px',
  'height:30px',
  'padding:0 12px',
  `font:${FONT}`,
  'color:#ffffff',
  'background:#2457c5',
  'cursor:pointer',
].join(';');

/** What the Open button says to a screen reader and on hover. */
const OPEN_LABEL = 'Open the JobLens panel: match, salary and skills';

/**
 * Builds the bar. `onOpen` runs on a real click or key press only: the page cannot reach into
 * the closed shadow root, and an event it dispatches at the host is not trusted.
 */
export function createPanelBar(doc: Document, onOpen: () => void): HTMLElement {
  const bar = doc.createElement('div');
  bar.style.cssText = BAR;
  const brand = doc.createElement('span');
  brand.style.cssText = BRAND;
  brand.textContent = 'JobLens';
  const open = doc.createElement('button');
  open.type = 'button';
  open.style.cssText = OPEN;
  open.textContent = 'Open ▸';
  open.title = OPEN_LABEL;
  open.setAttribute('aria-label', OPEN_LABEL);
  open.setAttribute('aria-expanded', 'false');
  open.addEventListener('click', (e) => {
    if (e.isTrusted) onOpen();
  });
  bar.append(brand, open);
  return bar;
}
