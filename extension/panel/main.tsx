import { render } from 'preact';
import '../ui/theme.css';
import './panel.css';
import { tabIdFromLocation } from '../ui/use-tab-view.ts';
import { Panel } from './Panel.tsx';

const root = document.getElementById('app');
if (root) render(<Panel tabId={tabIdFromLocation()} />, root);
