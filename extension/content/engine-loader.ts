import { extensionUrl } from '../platform/browser-api.ts';
import { type ContentEngine, installedEngine } from './engine-api.ts';
import { ENGINE_FILE } from './script-file.ts';

/**
 * The engine, installed once per page (engine-api.ts). The stub runs on the manifest's career
 * sites only, where content/engine.js is web-accessible (next to panel.html, by origin): a
 * dynamic import() from this isolated world runs it here, and it finds the stub running, so it
 * waits to be booted. (There is no other way in: Chrome refuses scripting.executeScript on
 * hosts that are content-script matches only.)
 */
export function loadEngine(): Promise<ContentEngine> {
  const ready = installedEngine();
  if (ready) return Promise.resolve(ready);
  return import(/* @vite-ignore */ extensionUrl(ENGINE_FILE.built)).then(
    () => installedEngine() ?? Promise.reject(new Error('the engine did not install itself')),
  );
}
