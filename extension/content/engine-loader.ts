import { wrap } from '../messaging/wire.ts';
import { extensionUrl, sendRuntimeMessage } from '../platform/browser-api.ts';
import { type ContentEngine, installedEngine } from './engine-api.ts';
import { ENGINE_FILE } from './script-file.ts';

/**
 * Should the import fail (a browser that refuses it here), the background injects the file with
 * scripting.executeScript into this tab's frame, which shares this isolated world, and answers
 * once it has run.
 */
const askBackground = () =>
  sendRuntimeMessage(wrap('engine/load', {})).then((r) => {
    const reply = r as { ok?: boolean; error?: string } | undefined;
    if (reply?.ok !== true) throw new Error(reply?.error ?? 'engine/load: no answer');
  });

/**
 * The engine, installed once per page (engine-api.ts). The stub runs on the manifest's career
 * sites only, where content/engine.js is web-accessible (next to panel.html, by origin): a
 * dynamic import() from this isolated world runs it here, and it finds the stub running, so it
 * waits to be booted.
 */
export function loadEngine(): Promise<ContentEngine> {
  const ready = installedEngine();
  if (ready) return Promise.resolve(ready);
  return import(/* @vite-ignore */ extensionUrl(ENGINE_FILE.built))
    .catch(askBackground)
    .then(
      () => installedEngine() ?? Promise.reject(new Error('the engine did not install itself')),
    );
}
