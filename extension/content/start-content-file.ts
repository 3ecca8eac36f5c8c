import { runningContent, setRunningContent } from './engine-api.ts';
import { loadEngine } from './engine-loader.ts';
import { startStub } from './stub.ts';

/**
 * What the manifest's content script (content/job.js) runs. The background may have injected
 * the engine first (an in-page route raced the page's load): one instance, one panel, a full
 * look.
 */
export function startContentFile(): void {
  const running = runningContent();
  if (running) running.analyzeNow();
  else setRunningContent(startStub(loadEngine));
}
