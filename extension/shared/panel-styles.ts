/**
 * How the panel looks in a page, as plain CSS text: the engine's panel host (content/
 * panel-host.ts) and the bar the background draws in the page's own world (page-world/
 * in-page.ts, which takes them as arguments: a function run there carries no imports).
 */

/**
 * Where the bar sits (px from the viewport's top right); e2e and the bench click it there. The
 * width is the bar's without pay; with pay it grows to the left (barWidth), and the Open
 * button stays where it was.
 */
export const BAR_BOX = { top: 72, right: 16, width: 176, height: 40 } as const;
/** The widest the bar grows for its pay line; a longer one ends in an ellipsis. */
const BAR_MAX_WIDTH = 400;
const EXPANDED_HEIGHT = 'min(680px, calc(100vh - 96px))';
/** The open panel's height once its content told it (use-fit-height.ts): at most the viewport. */
export const FIT_HEIGHT = { min: 120, belowViewport: 96 } as const;

/** "a: b !important; …": one CSSOM write, parsed once (a page CSP without 'unsafe-inline' does not block CSSOM). */
const important = (styles: Record<string, string>): string =>
  Object.entries(styles)
    .map(([prop, value]) => `${prop}:${value} !important`)
    .join(';');

// `all: initial` first, so the page's CSS reaches none of the host's other properties.
// `contain: strict` with a fixed size: the host lays out on its own, and inserting or resizing
// it never makes the browser lay out the page again.
const hostStyle = (width: string, height: string, radius: string) =>
  important({
    all: 'initial',
    position: 'fixed',
    top: `${BAR_BOX.top}px`,
    right: `${BAR_BOX.right}px`,
    width,
    height,
    contain: 'strict',
    'z-index': '2147483646',
    display: 'block',
    'box-shadow': '0 6px 24px rgba(0,0,0,.25)',
    'border-radius': radius,
    overflow: 'hidden',
    background: 'transparent',
  });

// Generic families only: a page's @font-face cannot take the name of a generic family.
const FONT = '600 13px/1 system-ui, sans-serif';

/**
 * The bar's width for a pay line: a fixed size (the host is `contain: strict`), from the
 * line's length at the bar's font (13px system-ui averages under 7.5px a character).
 */
export function barWidth(pay: string | null): number {
  if (!pay) return BAR_BOX.width;
  return Math.min(BAR_MAX_WIDTH, BAR_BOX.width + 8 + Math.ceil(pay.length * 7.5));
}

/** The host's style, collapsed to the bar, for a pay line (null: none known yet). */
export const collapsedHostStyle = (pay: string | null): string =>
  hostStyle(`${barWidth(pay)}px`, `${BAR_BOX.height}px`, '20px');

export const PANEL_STYLES = {
  /** The host, open: the panel's frame. */
  expanded: hostStyle('380px', EXPANDED_HEIGHT, '10px'),
  /** The host, collapsed: the bar, with no pay line (collapsedHostStyle gives it one). */
  collapsed: collapsedHostStyle(null),
  frame: important({
    border: '0',
    width: '100%',
    height: '100%',
    display: 'block',
    'color-scheme': 'normal',
  }),
  bar: [
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
  ].join(';'),
  brand: 'flex:0 0 auto;letter-spacing:.01em',
  /** The posting's pay: the page's own data, so the page may read it. */
  pay: [
    'flex:1 1 auto',
    'min-width:0',
    'overflow:hidden',
    'text-overflow:ellipsis',
    'white-space:nowrap',
    'font-weight:500',
    'color:#1a7f37',
  ].join(';'),
  open: [
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
  ].join(';'),
  /** The message the panel frame posts with its content's height (use-fit-height.ts). */
  heightMessage: 'joblens:panel-height',
  /** The open host's height for a content height of H px: H is put in place of `{h}`. */
  fitHeight: `min({h}px, calc(100vh - ${FIT_HEIGHT.belowViewport}px))`,
  fitMin: FIT_HEIGHT.min,
  /** What the Open button says to a screen reader and on hover. */
  openLabel: 'Open the JobLens panel: match, salary and skills',
} as const;
export type PanelStyles = typeof PANEL_STYLES;
