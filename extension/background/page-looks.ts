import type { Epoch, LookAnswer } from '../messaging/parse-messages.ts';
import type { ContentView } from '../messaging/views.ts';
import type { PageCommand } from '../page-world/in-page.ts';
import type { LookResult } from '../shared/decide.ts';
import { sameWebOrigin } from '../shared/match-pattern.ts';
import { delayBefore } from '../shared/schedule.ts';
import type { PageRead } from './page-read.ts';

type Want = Extract<PageCommand, { kind: 'read' }>['want'];

export interface PageLookDeps {
  /** Where the background looks itself: a career site's job URL in a top frame. */
  looksAt(url: string): boolean;
  /** A content script of ours is registered there ("Always run"): it does the looking. */
  contentRuns(url: string): Promise<boolean>;
  /** The page's answer to 'read' (page-world/in-page.ts), checked; null: no answer. */
  read(tabId: number, want: Want): Promise<PageRead | null>;
  /** The bar for the posting `key`, or none (null: the document shows no posting now). */
  show(tabId: number, token: string, key: string | null, view: ContentView): Promise<void>;
  /** Ours out of the page, which the content script then holds. */
  hold(tabId: number): Promise<void>;
  /** Ours out of the page, which is read afresh at its next job URL. */
  drop(tabId: number): Promise<void>;
  /** The content script (content/engine.js) into the tab's top frame; it boots itself. */
  inject(tabId: number): Promise<void>;
  /** Parse, decide, record (look-handlers.ts lookAt) for the tab's top frame. */
  look(
    tabId: number,
    page: { url: string; html: string; cut: boolean },
    epoch: Epoch,
  ): Promise<LookAnswer>;
  /** "No posting" recorded for the tab's top frame. */
  none(tabId: number, url: string): Promise<void>;
  /** What the tab's record says its top frame shows, or null. */
  stored(tabId: number): Promise<{ url: string; shown: LookResult | null } | null>;
  sleep(ms: number): Promise<void>;
  log(m: string): void;
}

/** A full load: report a posting, stay quiet about anything else (decide.ts). */
const FIRST: Epoch = { isLastAttempt: true, force: false, silent: true };
/** The document we showed, back from the back-forward cache: report what it shows now. */
const AGAIN: Epoch = { isLastAttempt: true, force: true, silent: false };

/**
 * The background's own look at a career site's job page, when the tab completes a load or an
 * in-page route. A posting loaded in full is read and marked in the page's own world
 * (page-world/in-page.ts): no content script, so none of the isolated world, extension
 * bindings and engine that cost a page most of what it paid for us (bench/README.md). The
 * content script (content/engine.js, its look schedule, its route and DOM watching) goes in
 * only where a page has no posting yet when it completes (it renders after load). A SPA route
 * from the posting shown is followed from here, on the content script's schedule and policy
 * (schedule.ts, decide.ts): the bar and an open panel stay as they are. One run per tab at a
 * time; a load asked for during a run ends its schedule and is looked at next.
 */
export function createPageLooks(deps: PageLookDeps) {
  const running = new Set<number>();
  const next = new Map<number, string>();
  /** Ends the pause of a tab's schedule: a newer load is waiting. */
  const wakers = new Map<number, () => void>();

  const pause = (tabId: number, ms: number) =>
    new Promise<void>((resolve) => {
      wakers.set(tabId, resolve);
      void deps.sleep(ms).then(resolve);
    }).finally(() => wakers.delete(tabId));

  async function handOver(tabId: number): Promise<void> {
    await deps.hold(tabId);
    await deps.inject(tabId);
  }

  async function showOrHand(tabId: number, read: PageRead, epoch: Epoch): Promise<void> {
    if (!read.page) return;
    const answer = await deps.look(tabId, { url: read.href, ...read.page }, epoch);
    if (answer.look.key !== null && answer.view && !answer.pending) {
      return deps.show(tabId, read.token, answer.look.key, answer.view);
    }
    // No posting yet, or a shell whose job has not rendered (the JSON-LD it carries for search
    // engines may be all there is so far): the page is still filling in, which the content
    // script watches, on its schedule's time bound.
    return handOver(tabId);
  }

  async function atJob(tabId: number, url: string): Promise<void> {
    if (await deps.contentRuns(url)) return;
    const read = await deps.read(tabId, 'new');
    if (!read || read.state === 'held') return;
    if (!sameWebOrigin(read.href, url)) throw new Error('the page answered from another origin');
    if (read.state === 'new') return showOrHand(tabId, read, FIRST);
    const stored = await deps.stored(tabId);
    if (read.shownAt !== read.href) return follow(tabId, read, stored?.shown ?? undefined);
    if (stored?.url === read.href) return;
    const again = await deps.read(tabId, 'any');
    if (again?.state === 'ours' && again.token === read.token) {
      return showOrHand(tabId, again, AGAIN);
    }
  }

  /**
   * A SPA route from the posting we showed, to another job URL. The page changes its URL first
   * and its DOM after: the old posting under the new URL is not reported (decide.ts, `previous`).
   */
  async function follow(
    tabId: number,
    first: PageRead,
    previous: LookResult | undefined,
  ): Promise<void> {
    let reported: LookResult | undefined;
    for (let i = 0; ; i++) {
      const delay = delayBefore(i);
      if (delay === null) return;
      if (delay > 0) await pause(tabId, delay);
      if (next.has(tabId)) return;
      const read = i === 0 ? first : await deps.read(tabId, 'any');
      if (read?.state !== 'ours' || !read.page) return;
      const isLastAttempt = delayBefore(i + 1) === null;
      const epoch: Epoch = { reported, previous, isLastAttempt, force: false, silent: false };
      const answer = await deps.look(tabId, { url: read.href, ...read.page }, epoch);
      if (answer.report) reported = answer.look;
      if (answer.view) await deps.show(tabId, read.token, answer.look.key, answer.view);
      if (!answer.again) return;
    }
  }

  /**
   * Off a job URL, where the tab's record is still of a job page (the record survives a worker
   * restart): a document still showing our bar (a SPA route) takes it back, and the record
   * becomes "no posting" at this URL, so the next load here asks nothing.
   */
  async function offJob(tabId: number, url: string): Promise<void> {
    const stored = await deps.stored(tabId);
    if (!stored || stored.url === url || !deps.looksAt(stored.url)) return;
    const read = await deps.read(tabId, 'none');
    if (read?.state === 'held') return;
    if (read?.state === 'ours') await deps.drop(tabId);
    await deps.none(tabId, url);
  }

  async function run(tabId: number, url: string): Promise<void> {
    try {
      await (deps.looksAt(url) ? atJob(tabId, url) : offJob(tabId, url));
    } catch (e) {
      // A tab closed or navigated meanwhile, an error page, site access the user withheld.
      deps.log(`look at tab ${tabId}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return {
    /** The tab completed a load or an in-page route at `url` (null: a site we cannot see). */
    async loaded(tabId: number, url: string | null): Promise<void> {
      if (url === null) return;
      if (running.has(tabId)) {
        next.set(tabId, url);
        wakers.get(tabId)?.();
        return;
      }
      running.add(tabId);
      try {
        for (let at: string | undefined = url; at !== undefined; at = next.get(tabId)) {
          next.delete(tabId);
          await run(tabId, at);
        }
      } finally {
        running.delete(tabId);
      }
    },
    /** "Analyze this page" injects the content script: our bar goes first. */
    async holdForContent(tabId: number): Promise<void> {
      await deps.hold(tabId);
    },
    forget(tabId: number): void {
      next.delete(tabId);
    },
  };
}
