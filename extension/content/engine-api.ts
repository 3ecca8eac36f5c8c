import type { Epoch, LookAnswer } from '../messaging/parse-messages.ts';
import type { LookResult } from '../shared/decide.ts';
import type { ContentHandle } from './navigation.ts';
import type { PageWatch } from './page-watch.ts';

/**
 * One full look at the page: what decide() needs, and what the background made of it (null:
 * the page had nothing to send, nothing was asked).
 */
export interface ParsedLook extends LookResult {
  answer: Omit<LookAnswer, 'look'> | null;
}

/**
 * The full look at the page at `url` (engine.ts): its HTML sent, with the content script's
 * report state, to the background, which parses it, decides and records the report.
 */
export type PageParse = (doc: Document, url: string, epoch: Epoch) => Promise<ParsedLook>;

export interface ControllerOptions {
  /** The page watch the always-loaded script started (one observer per page). */
  watch: PageWatch;
  /** A supported career site: adapters know its job URLs, the panel may be framed here. */
  matchedSite: boolean;
  /** "Analyze this page": report whatever the first look finds. */
  force: boolean;
  /**
   * The cheap test (gate.ts) of the always-loaded script, handed over so the engine file does
   * not carry a second copy of it.
   */
  mayBePosting(doc: () => Document, url: URL, matchedSite: boolean): boolean;
}

/** The content script once the page may be a posting (controller.ts). */
export interface ContentController {
  analyzeNow(): void;
  urlChanged(): void;
  stop(): void;
}

/** What content/engine.js installs in the content script's world. */
export interface ContentEngine {
  start(options: ControllerOptions): ContentController;
  /**
   * The full boot (boot.ts), which the manifest's stub (stub.ts) hands over to. `analyze`:
   * "Analyze this page", report whatever a full look finds.
   */
  boot(analyze: boolean): ContentHandle;
}

/** The isolated world's global the engine file sets (pages cannot see the isolated world). */
export const ENGINE_GLOBAL = '__joblensEngine';

type Scope = Record<string, ContentEngine | undefined>;

export function installedEngine(scope: object = globalThis): ContentEngine | null {
  return (scope as Scope)[ENGINE_GLOBAL] ?? null;
}

/**
 * The isolated world's global of the content script running in this page (the stub's handle,
 * or the full boot's): injecting a file again must find it, not start a second one.
 */
export const RUNNING_GLOBAL = '__joblensContentScript';

type Running = Record<string, ContentHandle | undefined>;

export function runningContent(scope: object = globalThis): ContentHandle | null {
  return (scope as Running)[RUNNING_GLOBAL] ?? null;
}

export function setRunningContent(handle: ContentHandle, scope: object = globalThis): void {
  (scope as Running)[RUNNING_GLOBAL] = handle;
}

/** First one wins: injecting the file twice must not start a second controller. */
export function installEngine(engine: ContentEngine, scope: object = globalThis): void {
  (scope as Scope)[ENGINE_GLOBAL] ??= engine;
}
