export interface WindowInput {
  scrollTop: number;
  /** Height of the visible part of the scroller (below any sticky header). */
  viewport: number;
  rowHeight: number;
  count: number;
  /** Extra rows rendered above and below, so fast scrolling shows no gaps. */
  overscan: number;
}

export interface RowWindow {
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Heights of the spacers standing in for the rows not rendered. */
  top: number;
  bottom: number;
}

/** Which rows of a fixed-height list to put in the DOM for a scroll position. */
export function visibleWindow(w: WindowInput): RowWindow {
  const count = Math.max(0, Math.floor(w.count));
  const h = Math.max(1, w.rowHeight);
  const first = Math.floor(Math.max(0, w.scrollTop) / h);
  const shown = Math.ceil(Math.max(0, w.viewport) / h) + 1;
  const start = Math.min(count, Math.max(0, first - w.overscan));
  const end = Math.min(count, first + shown + w.overscan);
  return { start, end, top: start * h, bottom: (count - end) * h };
}
