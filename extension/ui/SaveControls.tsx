import { useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import type { SavedRole, Stage } from '../storage/saved-role.ts';
import { NoteField } from './NoteField.tsx';
import { roleGone, UndoBar } from './UndoBar.tsx';

const STAGE_LABEL: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
// From the labels, not saved-role.ts's STAGES: that module is zod, which the popup and the
// panel do not load. The Record type keeps both lists complete and in step.
const STAGES = Object.keys(STAGE_LABEL) as Stage[];

interface Props {
  view: TabView;
  withNote?: boolean;
  onChanged(): void;
}

/**
 * Save the tab's posting, set its stage and (in the popup) a note. Saving is not a toggle: a
 * second click on "Saved" does nothing, and saving a saved job again keeps its stage and note.
 * Removing is its own button, with Undo that puts the role back as it was.
 */
export function SaveControls({ view, withNote = false, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<SavedRole | null>(null);
  const saved = view.saved;

  const run = async (job: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await job();
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="jl-save">
      <div class="jl-save__row">
        <button
          type="button"
          class={saved ? 'jl-btn jl-btn--on' : 'jl-btn jl-btn--primary'}
          data-testid="joblens-save"
          data-saved={String(saved !== null)}
          aria-disabled={saved !== null || busy}
          title={saved ? 'Saved in your list' : 'Save this role to your list'}
          onClick={() => {
            if (saved || busy) return;
            setRemoved(null);
            void run(() => toBackground('role/save', { tabId: view.tabId }));
          }}
        >
          {saved ? 'Saved ✓' : 'Save role'}
        </button>
        {saved && (
          <label class="jl-stage">
            <span>Stage</span>
            <select
              data-testid="joblens-stage"
              value={saved.stage}
              disabled={busy}
              onChange={(e) => {
                const stage = e.currentTarget.value as Stage;
                void run(() => toBackground('role/patch', { key: saved.key, stage }));
              }}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        {saved && (
          <button
            type="button"
            class="jl-link"
            data-testid="joblens-remove"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const { role } = await toBackground('role/remove', { key: saved.key });
                setRemoved(role);
              })
            }
          >
            Remove from list
          </button>
        )}
      </div>
      <UndoBar
        message={removed && roleGone('Removed from your list', removed)}
        onDismiss={() => setRemoved(null)}
        onUndo={() => {
          const role = removed;
          setRemoved(null);
          if (role) void run(() => toBackground('role/restore', { role }));
        }}
      />
      {saved && withNote && (
        <NoteField
          note={saved.note}
          save={(note) => toBackground('role/patch', { key: saved.key, note })}
        />
      )}
      {error && (
        <p class="jl-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export { STAGE_LABEL };
