import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { prefetchTabView, tabIdFromLocation } from '../ui/use-tab-view.ts';
import { Popup } from './Popup.tsx';

// `popup.html?tab=ID` (tests, the demo) knows its tab now: its one request leaves before the
// first render. The toolbar popup asks the browser for the active tab first.
const first = prefetchTabView(tabIdFromLocation());
const root = document.getElementById('app');
if (root) render(<Popup first={first} />, root);
