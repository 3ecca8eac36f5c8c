import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type AutosaveState = 'idle' | 'pending' | 'saved' | 'error';

const DELAY_MS = 400;

/**
 * A text the user types that is saved as they type: shortly after the last keystroke, and at
 * once when the field loses focus or the page goes away (a popup closing fires pagehide, not
 * blur). While the field has focus, or a save is waiting, a refresh from elsewhere does not
 * overwrite the draft.
 */
export function useAutosave(saved: string, save: (text: string) => Promise<unknown>) {
  const [draft, setDraft] = useState(saved);
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const waiting = useRef<string | null>(null);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!focused.current && waiting.current === null) setDraft(saved);
  }, [saved]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = waiting.current;
    if (text === null) return;
    waiting.current = null;
    // The message leaves now, synchronously: it is delivered even if this page is closing.
    saveRef
      .current(text)
      .then(() => {
        if (waiting.current === null) setState('saved');
      })
      .catch((err: unknown) => {
        setState('error');
        setError(err instanceof Error ? err.message : String(err));
      });
  }, []);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  const input = useCallback(
    (text: string) => {
      setDraft(text);
      waiting.current = text;
      setState('pending');
      setError(null);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    [flush],
  );

  return {
    draft,
    state,
    error,
    input,
    focus: () => {
      focused.current = true;
    },
    blur: () => {
      focused.current = false;
      flush();
    },
  };
}

/** What the small line under an autosaved field says. */
export function autosaveText(state: AutosaveState, error: string | null): string {
  if (state === 'pending') return 'Saving…';
  if (state === 'saved') return 'Saved';
  if (state === 'error') return `Not saved: ${error ?? 'unknown error'}`;
  return '';
}
