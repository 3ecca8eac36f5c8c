/**
 * content/engine.js: the content script past its stub (stub.ts): the full boot (boot.ts), the
 * look schedule, messaging and the panel. The stub loads it on an iCIMS job URL
 * (engine-loader.ts) and boots it. Elsewhere it is the content script itself: injected by the
 * background where a job page had no posting when it loaded (background/page-looks.ts),
 * registered for an "Always run" site, or injected by "Analyze this page" (then with
 * content/analyze.js after it, which asks for a full look); with no content script running in
 * the page it boots itself. The page is not read here: its HTML goes to the background, which
 * runs the site adapters, the DOM readers and the parser on it, decides and records the report ('page/look').
 */

import { toBackground } from '../messaging/client.ts';
import type { Epoch } from '../messaging/parse-messages.ts';
import { fullBoot } from './boot.ts';
import { startController } from './controller.ts';
import {
  type ContentEngine,
  installEngine,
  type ParsedLook,
  runningContent,
  setRunningContent,
} from './engine-api.ts';
import { pageHtml } from './page-html.ts';

async function parse(doc: Document, url: string, epoch: Epoch): Promise<ParsedLook> {
  const page = pageHtml(doc);
  // A document with no root element: not a posting, and nothing to send.
  if (!page) return { key: null, fingerprint: null, answer: null };
  const { look, ...answer } = await toBackground('page/look', { url, ...page, epoch });
  return { ...look, answer };
}

const engine: ContentEngine = {
  start: (options) => startController(options, parse),
  // The boot's engine is this one (no loader in this file); `document` read only when needed:
  // in our world, even that builds its bindings.
  boot: (analyze) =>
    fullBoot(
      {
        get doc() {
          return document;
        },
        win: window,
        loadEngine: () => Promise.resolve(engine),
      },
      analyze,
    ),
};
installEngine(engine);
// Imported by the stub, it finds the stub's handle: the stub boots it.
if (!runningContent()) setRunningContent(engine.boot(false));
