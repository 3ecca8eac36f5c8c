/**
 * content/engine.js: everything the content script needs once a page may be a posting: the
 * parser (site adapters, salary and skills extraction, the skills catalog), the look
 * schedule, messaging and the panel. Loaded by boot.ts only then (engine-loader.ts).
 */
import { jobKey, parsePage } from '../core/parse.ts';
import { startController } from './controller.ts';
import { type EngineLook, installEngine } from './engine-api.ts';
import { contentFingerprint } from './fingerprint.ts';

const NONE: EngineLook = { key: null, fingerprint: null, posting: null };

function parse(doc: Document, url: string): EngineLook {
  const posting = parsePage(doc, url);
  if (!posting.isPosting) return NONE;
  return {
    key: jobKey(url, posting.site, posting.jobId),
    fingerprint: contentFingerprint(posting),
    posting,
  };
}

installEngine({ start: (options) => startController(options, parse) });
