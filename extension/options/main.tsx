import '../ui/theme.css';
import './options.css';
import './table.css';
import './charts.css';
import './dialogs.css';
import { startEarlyReads, takeEarlyData } from './early-index.ts';

// The saved-roles read and the profile request start first; the page (zod, the skills
// catalog, the components) is loaded and evaluated while storage and the background answer.
// With 10,000 roles both take ~100 ms. The first render then has the data: no frame saying
// "Nothing saved yet" to someone with saved roles, and no second render of the whole table.
const mounting = import('./mount.tsx');
startEarlyReads();
const root = document.getElementById('app');
if (root) void Promise.all([mounting, takeEarlyData()]).then(([m, early]) => m.mount(root, early));
