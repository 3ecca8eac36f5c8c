import { runningContent, setRunningContent } from './engine-api.ts';
import { loadEngine } from './engine-loader.ts';
import { startStub } from './stub.ts';

/**
 * What each manifest content-script file runs. Injected again ("Analyze this page" on a page
 * that already runs us): one instance, one panel, a full look.
 */
export function startContentFile(jobUrl: boolean): void {
  const running = runningContent();
  if (running) running.analyzeNow();
  else setRunningContent(startStub(window, loadEngine, jobUrl));
}
