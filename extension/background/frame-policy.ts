/**
 * Which frame's report a tab shows, when a posting can come from a sub-frame (iCIMS, see
 * shared/frame-sites.ts). `holder` is the frame the tab's current record came from (0: top),
 * `holds` whether that record is a posting.
 *
 * - take: record the report (and its frame).
 * - keep: the record stays; the sender is told to show no panel (one panel per tab).
 * - ask: the top frame says "no posting" while a sub-frame shows one (the iCIMS shell around
 *   its job frame): keep the record if that frame still has the posting (ping it), else take.
 *
 * A top-frame posting wins over a frame's; a frame's "no posting" only clears its own record.
 */
export type FrameVerdict = 'take' | 'keep' | 'ask';

export interface Recorded {
  holds: boolean;
  holder: number;
}

export function frameVerdict(
  current: Recorded | null,
  report: { frameId: number; isPosting: boolean },
): FrameVerdict {
  const holds = current?.holds === true;
  const holder = current?.holder ?? 0;
  if (report.frameId === 0) return report.isPosting || !holds || holder === 0 ? 'take' : 'ask';
  if (report.isPosting) return holds && holder === 0 ? 'keep' : 'take';
  return holder === report.frameId ? 'take' : 'keep';
}

/** What deciding needs from the background: the tab's record, and a way to ask a frame. */
export interface FrameDeps {
  tabs: { get(tabId: number): Promise<{ key: string | null; frameId?: number } | null> };
  pingContent(tabId: number, frameId: number): Promise<{ key: string | null } | null>;
}

/**
 * Whether a content script's report becomes the tab's record (frameVerdict, with the ping
 * for "ask"). A report not taken changes nothing, and its sender is told to show no panel.
 */
export async function takesReport(
  deps: FrameDeps,
  from: { tabId: number; frameId?: number },
  isPosting: boolean,
): Promise<boolean> {
  const current = await deps.tabs.get(from.tabId);
  const holder = current?.frameId ?? 0;
  const verdict = frameVerdict(current && { holds: current.key !== null, holder }, {
    frameId: from.frameId ?? 0,
    isPosting,
  });
  if (verdict !== 'ask') return verdict === 'take';
  const there = await deps.pingContent(from.tabId, holder);
  return there === null || there.key !== current?.key;
}
