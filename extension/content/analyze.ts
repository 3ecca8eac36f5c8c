import { runningContent } from './engine-api.ts';

// "Analyze this page": injected right after content/engine.js, which boots itself where
// nothing of ours runs yet (or finds the running script): ask it for a full look, reporting
// whatever it finds.
runningContent()?.analyzeNow();
