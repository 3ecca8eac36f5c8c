import { runningContent, setRunningContent } from './engine-api.ts';
import { loadEngine } from './engine-loader.ts';
import { startStub } from './stub.ts';

// Injected again ("Analyze this page" on a page that already runs us): one instance, one panel.
const running = runningContent();
if (running) running.analyzeNow();
else setRunningContent(startStub(window, loadEngine));
