/** What the content script knows when one look at the page is done. */
export interface LookResult {
  /** null: not a posting. */
  key: string | null;
  fingerprint: string | null;
}

export interface EpochState {
  /** What this tab last reported: key null = "no posting". Absent: nothing yet. */
  reported?: LookResult | undefined;
  /** The posting reported before the URL changed (to spot a DOM not yet swapped). */
  previous?: LookResult | undefined;
  isLastAttempt: boolean;
  /** Analyze was asked for: report even if nothing changed. */
  force: boolean;
  /** Nothing was recorded for this document yet. */
  silent?: boolean;
}

export type Decision = { report: true; again: boolean } | { report: false; again: boolean };

/**
 * The content script's whole policy in one pure function: report a posting once per key (and
 * again only if its content changed), report "no posting" once and only where something was
 * said before, look again while the page may still be filling in, stop as soon as a look
 * confirms what was reported. The background runs it for a look that parsed, the content
 * script for one that did not.
 */
export function decide(look: LookResult, s: EpochState): Decision {
  const again = !s.isLastAttempt;
  if (look.key === null) {
    // Say "no posting" once (clears a panel or badge left from before), keep looking. A
    // document that recorded nothing has nothing to take back: the browser resets the tab's
    // badge on navigation, and no panel was docked.
    const alreadySaid = s.reported !== undefined && s.reported.key === null;
    return { report: s.force || (!alreadySaid && !s.silent), again };
  }
  const stale =
    s.previous?.key != null &&
    s.previous.key !== look.key &&
    s.previous.fingerprint === look.fingerprint &&
    s.reported?.key !== look.key;
  if (stale && again) return { report: false, again: true };
  const same = s.reported?.key === look.key && s.reported?.fingerprint === look.fingerprint;
  if (same && !s.force) return { report: false, again: false };
  // Reported (new or changed): one more look picks up fields that arrive late.
  return { report: true, again };
}
