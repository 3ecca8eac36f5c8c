import { startContent } from './boot.ts';

type Controller = ReturnType<typeof startContent>;
const FLAG = '__joblensContentScript';
const scope = globalThis as unknown as Record<string, Controller | undefined>;

// Injected again ("Analyze this page" on a page that already runs us): one instance, one panel.
const running = scope[FLAG];
if (running) running.analyzeNow();
else scope[FLAG] = startContent();
