import { useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import { parseProfileFile, profileFileText } from './profile-file.ts';
import { useBackground } from './use-background.ts';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import (validated in full before anything is written) and export of the profile file. */
export function ProfileSection() {
  const { data: profile, refresh } = useBackground(
    () => toBackground('profile/get', {}),
    ['profile', 'notices'],
  );
  const [status, setStatus] = useState<Status>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseProfileFile(await file.text(), file.size);
    if (!result.ok) {
      setStatus({
        kind: 'error',
        text: `${file.name}: ${result.error} Your current profile was kept.`,
      });
      return;
    }
    try {
      await toBackground('profile/import', { profile: result.profile });
      setStatus({
        kind: 'ok',
        text: `Imported ${file.name}: ${result.profile.skills.length} skills.`,
      });
      refresh();
    } catch (err) {
      setStatus({
        kind: 'error',
        text: `Import failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  };

  return (
    <section class="jl-card" aria-labelledby="profile-h">
      <h2 id="profile-h">Your profile</h2>
      {profile ? (
        <p data-testid="joblens-profile-summary">
          {profile.skills.length} skills
          {profile.location ? ` · ${profile.location}` : ''}
          {profile.targetSalary
            ? ` · target ${profile.targetSalary.min.toLocaleString('en-US')} ${profile.targetSalary.currency}/${profile.targetSalary.period}`
            : ''}
        </p>
      ) : (
        <p class="jl-muted" data-testid="joblens-profile-summary">
          No profile yet. Import a profile file (JSON, "version": 1).
        </p>
      )}
      <div class="jl-row">
        <label class="jl-btn">
          Import profile…
          <input
            type="file"
            accept="application/json,.json"
            data-testid="joblens-import-profile"
            class="jl-visually-hidden"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        <button
          type="button"
          class="jl-btn"
          disabled={!profile}
          onClick={() => profile && download('joblens-profile.json', profileFileText(profile))}
        >
          Export profile
        </button>
      </div>
      {status && (
        <p
          class={status.kind === 'ok' ? 'jl-ok' : 'jl-error'}
          role="status"
          data-testid="joblens-import-status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
