import { autosaveText, useAutosave } from '../ui/use-autosave.ts';

interface Props {
  note: string;
  label: string;
  onSave(note: string): Promise<unknown>;
}

/**
 * A role's note, edited in the row: a one-line textarea (line breaks kept), saved as the user
 * types (use-autosave.ts), so closing the page a moment after typing loses nothing.
 */
export function NoteCell({ note, label, onSave }: Props) {
  const field = useAutosave(note, onSave);
  const status = autosaveText(field.state, field.error);
  return (
    <>
      <textarea
        rows={1}
        maxLength={5000}
        class="jl-note-cell"
        value={field.draft}
        aria-label={label}
        data-testid="joblens-role-note"
        data-state={field.state}
        onFocus={field.focus}
        onInput={(e) => field.input(e.currentTarget.value)}
        onBlur={field.blur}
      />
      <span class="jl-autosave" role="status" data-testid="joblens-role-note-status">
        {status}
      </span>
    </>
  );
}
