import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import './table.css';
import './charts.css';
import './dialogs.css';
import { Options } from './Options.tsx';

const root = document.getElementById('app');
if (root) render(<Options />, root);
