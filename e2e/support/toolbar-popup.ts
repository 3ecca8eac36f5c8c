import type { CDPSession, Page } from '@playwright/test';
import { clickToolbarButton, type ExtensionSession } from './chromium.ts';

/**
 * The real toolbar popup, opened by pressing the extension's button. Chromium does not hand
 * it to Playwright as a page, so it is driven over the DevTools protocol: script runs in it,
 * text is typed into it as keyboard input, and it is closed as the browser closes a popup
 * (its page goes away, with no blur first).
 */
export interface ToolbarPopup {
  evaluate<T>(expression: string): Promise<T>;
  /** Types into the focused element, as the keyboard does. */
  type(text: string): Promise<void>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function openToolbarPopup(s: ExtensionSession, page: Page): Promise<ToolbarPopup> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  await page.bringToFront();
  await clickToolbarButton(s, page);
  const popupUrl = `${s.origin}/popup.html`;
  let target: TargetInfo | undefined;
  for (let i = 0; i < 100 && !target; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
      targetInfos: TargetInfo[];
    };
    target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrl));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('the toolbar popup did not open');
  const { sessionId } = (await cdp.send(
    'Target.attachToTarget' as never,
    { targetId: target.targetId, flatten: false } as never,
  )) as { sessionId: string };

  let nextId = 1;
  const waiting = new Map<number, (msg: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
    const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg);
  });
  const call = async (method: string, params: object): Promise<unknown> => {
    const id = nextId++;
    const answer = new Promise<{ result?: unknown; error?: unknown }>((r) => waiting.set(id, r));
    await cdp.send(
      'Target.sendMessageToTarget' as never,
      { sessionId, message: JSON.stringify({ id, method, params }) } as never,
    );
    const msg = await answer;
    if (msg.error) throw new Error(`${method}: ${JSON.stringify(msg.error)}`);
    return msg.result;
  };
  const targetId = target.targetId;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await call('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: T }; exceptionDetails?: unknown };
      if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
      return result.result.value;
    },
    async type(text: string): Promise<void> {
      for (const ch of text) await call('Input.insertText', { text: ch });
    },
    async close(): Promise<void> {
      await cdp.send('Target.closeTarget' as never, { targetId } as never);
      await cdp.detach();
    },
  };
}
