import { render } from 'preact';
import '../ui/theme.css';
import './panel.css';
import { FIRST_RENDER_WAIT_MS, settledWithin } from '../ui/first-render.ts';
import { prefetchTabView, tabIdFromLocation } from '../ui/use-tab-view.ts';
import { Panel } from './Panel.tsx';

const tabId = tabIdFromLocation();
const opened = new URLSearchParams(location.search).get('opened') === '1';
// The view is asked for before the first render, which waits a moment for it: the panel
// then opens on the posting rather than on "Reading…".
const first = prefetchTabView(tabId);
const root = document.getElementById('app');
if (root)
  void settledWithin(first, FIRST_RENDER_WAIT_MS).then((initial) =>
    render(<Panel tabId={tabId} first={first} initial={initial} opened={opened} />, root),
  );
