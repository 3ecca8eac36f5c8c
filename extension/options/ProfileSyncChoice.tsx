import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { ProfileState } from '../storage/profile-store.ts';

/**
 * The one place the profile may leave this browser: the browser's own sync, and only if the
 * user turns it on here, knowing what it sends and to whom.
 */
export function ProfileSyncChoice({ state }: { state: ProfileState }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Shown at once; the stored choice replaces it when the background has applied it.
  const [checked, setChecked] = useState(state.syncEnabled);
  useEffect(() => setChecked(state.syncEnabled), [state.syncEnabled]);
  const toggle = async (enabled: boolean) => {
    setChecked(enabled);
    setBusy(true);
    setError(null);
    try {
      await toBackground('profile/sync', { enabled });
    } catch (err) {
      setChecked(!enabled);
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="jl-sync" data-testid="joblens-sync-choice">
      <label class="jl-check">
        <input
          type="checkbox"
          checked={checked}
          disabled={busy}
          data-testid="joblens-sync-toggle"
          aria-describedby="jl-sync-help"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        Sync my profile through my browser account
      </label>
      <p id="jl-sync-help" class="jl-muted">
        Off (the default): your profile stays in this browser only. On: your browser copies your
        skills, location and target pay to your browser account (Google or Mozilla servers) so they
        follow you to your other computers. JobLens itself never sends anything; your saved roles
        and notes are never synced. Turning it off removes the copy from sync and keeps your profile
        here.
      </p>
      {state.syncEnabled && state.notice && <p class="jl-error">{state.notice}</p>}
      {error && (
        <p class="jl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
