import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
