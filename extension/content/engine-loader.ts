import { wrap } from '../messaging/wire.ts';
import { extensionUrl, sendRuntimeMessage } from '../platform/browser-api.ts';
import { type ContentEngine, installedEngine } from './engine-api.ts';

// ENGINE_FILE.built (script-file.ts, a test holds them equal): the stub bundles this file.
export const ENGINE_PATH = 'content/engine.js';

/**
 * Elsewhere (the script is there through "Always run on this site") the file is not
 * web-accessible, but the extension has host access to the origin the user granted: the
 * background injects it with scripting.executeScript into this tab's top frame, which shares
 * this isolated world, and answers once it has run.
 */
const askBackground = () =>
  sendRuntimeMessage(wrap('engine/load', {})).then((r) => {
    const reply = r as { ok?: boolean; error?: string } | undefined;
    if (reply?.ok !== true) throw new Error(reply?.error ?? 'engine/load: no answer');
  });

/**
 * The engine, installed once per page (engine-api.ts). `webAccessible`: the page is one of the
 * manifest's career sites, where content/engine.js is web-accessible (next to panel.html, by
 * origin): a dynamic import() from this isolated world runs it here. (Chrome refuses
 * scripting.executeScript on hosts that are content-script matches only.)
 */
export function loadEngine(webAccessible: boolean): Promise<ContentEngine> {
  const ready = installedEngine();
  if (ready) return Promise.resolve(ready);
  return (
    webAccessible
      ? import(/* @vite-ignore */ extensionUrl(ENGINE_PATH)).catch(askBackground)
      : askBackground()
  ).then(() => installedEngine() ?? Promise.reject(new Error('the engine did not install itself')));
}
