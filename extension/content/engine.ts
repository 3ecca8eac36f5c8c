/**
 * content/engine.js: what the content script needs once a page may be a posting: the site
 * adapters and the DOM readers, the look schedule, messaging and the panel. Loaded by boot.ts
 * only then (engine-loader.ts). The posting itself (salary, skills, detection, the skills
 * catalog) is built by the background from what this reads ('page/parse').
 */
import { jobKey, readPage } from '../core/parse.ts';
import { toBackground } from '../messaging/client.ts';
import { boundSnapshot } from '../messaging/snapshot-limits.ts';
import { startController } from './controller.ts';
import { type EngineLook, installEngine } from './engine-api.ts';
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

installEngine({ start: (options) => startController(options, parse) });
