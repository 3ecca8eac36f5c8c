import '../ui/theme.css';
import './options.css';
import './table.css';
import './charts.css';
import './dialogs.css';
import { startEarlyIndexRead } from './early-index.ts';

// The saved-roles read starts first; the page (zod, the skills catalog, the components) is
// loaded and evaluated while storage answers. With 10,000 roles both take ~100 ms.
startEarlyIndexRead();
const root = document.getElementById('app');
if (root) void import('./mount.tsx').then((m) => m.mount(root));
