import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  note: string;
  label: string;
  onSave(note: string): void;
}

/**
 * A role's note, edited in the row: a one-line textarea (line breaks kept) saved when focus
 * leaves it. While it has focus, a refresh of the list does not overwrite what is typed.
 */
export function NoteCell({ note, label, onSave }: Props) {
  const [text, setText] = useState(note);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (document.activeElement !== ref.current) setText(note);
  }, [note]);
  return (
    <textarea
      ref={ref}
      rows={1}
      maxLength={5000}
      class="jl-note-cell"
      value={text}
      aria-label={label}
      data-testid="joblens-role-note"
      onInput={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text !== note) onSave(text);
      }}
    />
  );
}
