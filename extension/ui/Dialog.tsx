import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  children: ComponentChildren;
  testId?: string;
  /** Wider dialogs (comparison tables). */
  wide?: boolean;
}

/**
 * A modal on the native <dialog>: the browser keeps focus inside, Escape closes it (the
 * "cancel" then "close" events) and focus returns to what opened it.
 */
export function Dialog({ open, title, onClose, children, testId, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class={`jl-dialog${wide ? ' jl-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
    >
      {open && (
        <>
          <div class="jl-dialog__head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" class="jl-btn" onClick={onClose}>
              Close
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
