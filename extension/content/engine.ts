/**
 * content/engine.js: the content script past its stub (stub.ts): the full boot (boot.ts), the
 * site adapters and the DOM readers, the look schedule, messaging and the panel. The stub loads
 * it on a career site's job URL (engine-loader.ts) and boots it. Elsewhere it is the content
 * script itself: injected by the background when an in-page route reaches a job URL
 * (background/route-injection.ts), registered for an "Always run" site, or injected by "Analyze
 * this page" (then with content/analyze.js after it, which asks for a full look); with no
 * content script running in the page it boots itself. The posting itself (salary,
 * skills, detection, the skills catalog) is built by the background from what this reads
 * ('page/parse').
 */
import { jobKey, readPage } from '../core/parse.ts';
import { toBackground } from '../messaging/client.ts';
import { boundSnapshot } from '../messaging/snapshot-limits.ts';
import { fullBoot } from './boot.ts';
import { startController } from './controller.ts';
import {
  type ContentEngine,
  type EngineLook,
  installEngine,
  runningContent,
  setRunningContent,
} from './engine-api.ts';
import { contentFingerprint } from './fingerprint.ts';

const NONE: EngineLook = { key: null, fingerprint: null, posting: null };

async function parse(doc: Document, url: string): Promise<EngineLook> {
  const snapshot = readPage(doc, url);
  // A page the DOM readers cannot read is not a posting (as parseDocument says).
  if (!snapshot) return NONE;
  const posting = await toBackground('page/parse', boundSnapshot(snapshot));
  if (!posting.isPosting) return NONE;
  return {
    key: jobKey(url, posting.site, posting.jobId),
    fingerprint: contentFingerprint(posting),
    posting,
  };
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
