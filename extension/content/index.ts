import { loadEngine } from './engine-loader.ts';
import type { ContentHandle } from './navigation.ts';
import { startStub } from './stub.ts';

const FLAG = '__joblensContentScript';
const scope = globalThis as unknown as Record<string, ContentHandle | undefined>;

// Injected again ("Analyze this page" on a page that already runs us): one instance, one panel.
const running = scope[FLAG];
if (running) running.analyzeNow();
else scope[FLAG] = startStub(window, loadEngine);
