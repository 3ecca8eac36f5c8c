import { useState } from 'preact/hooks';
import type { Profile } from '../../src/schema/profile.ts';
import { toBackground } from '../messaging/client.ts';
import { count } from '../ui/count.ts';
import { downloadText } from '../ui/download.ts';
import { parseProfileFile, profileFileText } from './profile-file.ts';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Import (validated in full before anything is written) and export of the profile file. */
export function ProfileFileControls({ profile }: { profile: Profile | null }) {
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
      const state = await toBackground('profile/set', { profile: result.profile });
      const where = state.notice ? ` ${state.notice}` : '';
      setStatus({
        kind: 'ok',
        text: `Imported ${file.name}: ${count(result.profile.skills.length, 'skill')}.${where}`,
      });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: `Import failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  };

  return (
    <>
      <div class="jl-row">
        <label class="jl-btn jl-file">
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
          data-testid="joblens-export-profile"
          onClick={() =>
            profile &&
            downloadText('joblens-profile.json', profileFileText(profile), 'application/json')
          }
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
    </>
  );
}
