import { useEffect, useRef } from 'preact/hooks';
import type { SavedRole } from '../storage/saved-role.ts';

const UNDO_MS = 15_000;

interface Props {
  deleted: SavedRole | null;
  onUndo(role: SavedRole): void;
  onDismiss(): void;
}

/** "Deleted X. Undo": focus goes to Undo so a keyboard user can take it back at once. */
export function UndoBar({ deleted, onUndo, onDismiss }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!deleted) return;
    button.current?.focus();
    const t = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(t);
  }, [deleted]);
  return (
    <div class="jl-undo" role="status" data-testid="joblens-undo">
      {deleted && (
        <>
          Deleted “{deleted.title ?? deleted.url}”.{' '}
          <button
            type="button"
            ref={button}
            class="jl-btn"
            data-testid="joblens-undo-button"
            onClick={() => onUndo(deleted)}
          >
            Undo
          </button>
        </>
      )}
    </div>
  );
}
