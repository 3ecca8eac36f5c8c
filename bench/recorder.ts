/**
 * Init script for every frame of both browsers (kept as a string: the browser must get this
 * exact code, not a transpiled function). In extension pages (panel, popup, options) it notes
 * when each element we wait for first appears and every change of the panel's posting title,
 * in epoch milliseconds so frames in different processes compare. In web pages it only
 * collects long tasks: a MutationObserver there would add main-thread work to the figures.
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
  if (location.protocol !== 'chrome-extension:') return;
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
