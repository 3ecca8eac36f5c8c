import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../src/schema/profile.ts';
import { toBackground } from '../messaging/client.ts';
import type { ProfileState } from '../storage/profile-store.ts';
import { emptyProfile, profileProblem } from './model/profile-edit.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; notice: string | null; synced: boolean }
  | { kind: 'error'; text: string };

const SAVE_DELAY_MS = 400;

/**
 * The profile being edited. Every valid change is saved shortly after the last keystroke
 * (one message, one rescore in the background); an invalid one is held with the reason. A
 * profile changed elsewhere (an import) replaces the draft, unless it is the one we sent.
 */
export function useProfileDraft(saved: Profile | null) {
  const [draft, setDraft] = useState<Profile>(saved ?? emptyProfile());
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const sent = useRef(JSON.stringify(saved));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiting = useRef<Profile | null>(null);

  useEffect(() => {
    const json = JSON.stringify(saved);
    if (json === sent.current) return;
    sent.current = json;
    setDraft(saved ?? emptyProfile());
  }, [saved]);

  const send = useCallback(async (next: Profile) => {
    waiting.current = null;
    sent.current = JSON.stringify(next);
    try {
      const state: ProfileState = await toBackground('profile/set', { profile: next });
      setStatus({ kind: 'saved', notice: state.notice, synced: state.storedIn === 'sync' });
    } catch (err) {
      setStatus({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (waiting.current) void send(waiting.current);
  }, [send]);

  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, [flush]);

  const edit = useCallback(
    (next: Profile) => {
      setDraft(next);
      if (timer.current) clearTimeout(timer.current);
      const problem = profileProblem(next);
      if (problem) {
        waiting.current = null;
        setStatus({ kind: 'error', text: `Not saved: ${problem}` });
        return;
      }
      waiting.current = next;
      setStatus({ kind: 'pending' });
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return { draft, edit, status, setStatus };
}
