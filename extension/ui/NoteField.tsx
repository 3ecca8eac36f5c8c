import { autosaveText, useAutosave } from './use-autosave.ts';

interface Props {
  note: string;
  save(note: string): Promise<unknown>;
}

/** A saved role's note in the popup, saved as the user types (use-autosave.ts). */
export function NoteField({ note, save }: Props) {
  const field = useAutosave(note, save);
  return (
    <label class="jl-note">
      <span>Note</span>
      <textarea
        data-testid="joblens-note"
        rows={3}
        maxLength={5000}
        value={field.draft}
        onFocus={field.focus}
        onInput={(e) => field.input(e.currentTarget.value)}
        onBlur={field.blur}
      />
      <span
        class="jl-autosave"
        role="status"
        data-testid="joblens-note-status"
        data-state={field.state}
      >
        {autosaveText(field.state, field.error)}
      </span>
    </label>
  );
}
