import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import type { Stage } from '../storage/saved-role.ts';

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

/** Save / unsave the tab's posting, its stage and (in the popup) a note. */
export function SaveControls({ view, withNote = false, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
          aria-pressed={saved !== null}
          disabled={busy}
          title={saved ? 'Saved: click to remove from your list' : 'Save this role to your list'}
          onClick={() =>
            run(() =>
              saved
                ? toBackground('role/remove', { key: saved.key })
                : toBackground('role/save', { tabId: view.tabId }),
            )
          }
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
      </div>
      {saved && withNote && <NoteField roleKey={saved.key} saved={saved.note} onSave={run} />}
      {error && (
        <p class="jl-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export { STAGE_LABEL };

interface NoteProps {
  roleKey: string;
  saved: string;
  onSave(job: () => Promise<unknown>): Promise<void>;
}

/**
 * The note is edited as a local draft and saved when the field loses focus: a refresh that
 * arrives while the user types (another tab saved, the stage changed) must not reset it.
 */
function NoteField({ roleKey, saved, onSave }: NoteProps) {
  const [draft, setDraft] = useState(saved);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(saved);
  }, [saved, editing]);
  return (
    <label class="jl-note">
      <span>Note</span>
      <textarea
        data-testid="joblens-note"
        rows={3}
        maxLength={5000}
        value={draft}
        onFocus={() => setEditing(true)}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={(e) => {
          setEditing(false);
          const note = e.currentTarget.value;
          if (note !== saved) void onSave(() => toBackground('role/patch', { key: roleKey, note }));
        }}
      />
    </label>
  );
}
