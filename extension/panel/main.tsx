import { render } from 'preact';
import '../ui/theme.css';
import './panel.css';
import { prefetchTabView, tabIdFromLocation } from '../ui/use-tab-view.ts';
import { Panel } from './Panel.tsx';

const tabId = tabIdFromLocation();
// The view is asked for before the first render: it is on its way while Preact renders.
const first = prefetchTabView(tabId);
const root = document.getElementById('app');
if (root) render(<Panel tabId={tabId} first={first} />, root);
