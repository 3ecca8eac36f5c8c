import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { FIRST_RENDER_WAIT_MS, settledWithin } from '../ui/first-render.ts';
import { prefetchTabView, tabIdFromLocation } from '../ui/use-tab-view.ts';
import { Popup, type PopupStart } from './Popup.tsx';
import { type PopupTab, readPopupTab } from './use-popup-tab.ts';

// Both questions leave as soon as the script runs: which tab (the active one, or ?tab=ID in
// tests and the demo) and that tab's view, asked for the moment its id is known. The first
// render waits a moment for the answers, so it shows the score rather than "Reading…".
const fromUrl = tabIdFromLocation();
const tab = readPopupTab(fromUrl);
const view = prefetchTabView(fromUrl) ?? tab.then((t) => prefetchTabView(t.tabId));
// The tab is not waited for: with ?tab=ID the view does not need it, and the active tab's
// view comes after it anyway.
let tabNow: PopupTab | null = null;
void tab.then((t) => {
  tabNow = t;
});
const root = document.getElementById('app');
if (root)
  void settledWithin(view, FIRST_RENDER_WAIT_MS).then((initialView) => {
    const start: PopupStart = { fromUrl, tab, view, initialTab: tabNow, initialView };
    render(<Popup start={start} />, root);
  });
