/**
 * Init script for every frame of both browsers (kept as a string: the browser must get this
 * exact code, not a transpiled function). In extension pages (panel, popup, options) it notes
 * when each element we wait for first appears and every change of the panel's posting title,
 * in epoch milliseconds so frames in different processes compare. In web pages it collects
 * long tasks and notes when the panel's host is inserted, watching <html>'s children only: a
 * MutationObserver on the whole page would add main-thread work to the figures.
 */
export const RECORDER = `(() => {
  if (window.__jl) return;
  const jl = { marks: {}, titles: [], longtasks: [] };
  window.__jl = jl;
  const now = () => performance.timeOrigin + performance.now();
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) jl.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  if (location.protocol !== 'chrome-extension:') {
    // When the panel's host (its bar, or the framed panel) enters the page: watched on <html>'s
    // own children only, so the page's other changes cost nothing. Both browsers get this.
    const seen = (records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (!('host' in jl.marks) && n.style && n.style.zIndex === '2147483646') jl.marks.host = now();
    };
    const watchHtml = () => new MutationObserver(seen).observe(document.documentElement, { childList: true });
    if (document.documentElement) watchHtml();
    else {
      const first = new MutationObserver(() => {
        if (!document.documentElement) return;
        first.disconnect();
        watchHtml();
      });
      first.observe(document, { childList: true });
    }
    return;
  }
  const WATCH = {
    panel: '[data-testid="joblens-panel"]',
    score: '[data-testid="joblens-score"]',
    noPosting: '[data-testid="joblens-no-posting"]',
    rolesTable: '[data-testid="joblens-roles-table"]',
    roleRow: '[data-testid="joblens-role-row"]',
    search: '[data-testid="joblens-search"]',
    savedRole: '[data-testid="joblens-saved-role"]',
  };
  const check = () => {
    const t = now();
    for (const k in WATCH) if (!(k in jl.marks) && document.querySelector(WATCH[k])) jl.marks[k] = t;
    const title = document.querySelector('.jl-posting__title');
    const text = title ? title.textContent : null;
    const last = jl.titles[jl.titles.length - 1];
    if (text && (!last || last[0] !== text)) jl.titles.push([text, t]);
    jl.lastMutation = t;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;
