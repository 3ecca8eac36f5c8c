import { useEffect, useRef } from 'preact/hooks';

const UNDO_MS = 15_000;

interface Props {
  /** What was just taken away ("Deleted: “Data Engineer”."), or null when nothing was. */
  message: string | null;
  onUndo(): void;
  onDismiss(): void;
  /** Test id of the bar; its button's is this plus "-button". */
  testId?: string;
}

/**
 * "Deleted X. Undo", wherever the user removes something they wrote or kept (a role, a
 * profile skill): focus goes to Undo so a keyboard user can take it back at once.
 */
export function UndoBar({ message, onUndo, onDismiss, testId = 'joblens-undo' }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!message) return;
    button.current?.focus();
    const t = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(t);
  }, [message]);
  return (
    <div class="jl-undo" role="status" data-testid={testId}>
      {message && (
        <>
          {message}{' '}
          <button
            type="button"
            ref={button}
            class="jl-btn"
            data-testid={`${testId}-button`}
            onClick={onUndo}
          >
            Undo
          </button>
        </>
      )}
    </div>
  );
}

/** The line for a role taken off the list. */
export const roleGone = (verb: string, role: { title: string | null; url: string }): string =>
  `${verb}: “${role.title ?? role.url}”.`;
