import { isReply, wrap } from '../messaging/wire.ts';
import { runtime } from '../platform/browser-api.ts';
import { type ContentEngine, installedEngine } from './engine-api.ts';
import { ENGINE_FILE } from './script-file.ts';

let loading: Promise<ContentEngine> | null = null;

/**
 * On the supported career sites the manifest lists content/engine.js as web-accessible (next
 * to panel.html, same origins): a dynamic import() from this isolated world runs it here.
 * Chrome refuses scripting.executeScript on hosts that are content-script matches only (it
 * wants host_permissions), so the background cannot inject it there.
 */
async function importEngine(): Promise<void> {
  await import(/* @vite-ignore */ runtime.getURL(ENGINE_FILE.built));
}

/**
 * Elsewhere (the script is there through "Always run on this site") the file is not
 * web-accessible, but the extension has host access to the origin the user granted: the
 * background injects it with scripting.executeScript into this tab's top frame, which shares
 * this isolated world, and answers once it has run. (For "Analyze this page" the background
 * injects the engine together with this script.)
 */
async function askBackground(): Promise<void> {
  const reply = await runtime.sendMessage(wrap('engine/load', {}));
  if (!isReply(reply)) throw new Error('engine/load: no answer');
  if (!reply.ok) throw new Error(reply.error);
}

/**
 * The engine, loaded on first need and installed once per page (engine-api.ts).
 * `webAccessible`: the page is one of the manifest's career sites.
 */
export function loadEngine(webAccessible: boolean): Promise<ContentEngine> {
  const ready = installedEngine();
  if (ready) return Promise.resolve(ready);
  loading ??= (webAccessible ? importEngine().catch(askBackground) : askBackground())
    .then(() => {
      const engine = installedEngine();
      if (!engine) throw new Error('the parsing engine did not install itself');
      return engine;
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
