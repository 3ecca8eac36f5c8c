import { useState } from 'preact/hooks';
import type { Profile } from '../../src/schema/profile.ts';
import { toBackground } from '../messaging/client.ts';
import { mergeRoles } from '../storage/merge-roles.ts';
import type { SavedRole } from '../storage/saved-role.ts';
import { downloadText } from '../ui/download.ts';
import { ImportDialog, type ImportPreview } from './ImportDialog.tsx';
import { exportFileName, rolesCsv, rolesJson } from './model/roles-export.ts';
import { checkRolesFileSize, parseRolesFile } from './model/roles-file.ts';

type Status = { kind: 'ok' | 'error'; text: string } | null;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface Props {
  /** Job keys of every saved role: the roles themselves are loaded when exported. */
  keys: readonly string[];
  profile: Profile | null;
}

const loadRoles = (keys: readonly string[]) => toBackground('roles/get', { keys: [...keys] });

/** Move the saved list between browsers: JSON (lossless) and CSV out, JSON in. */
export function TransferSection({ keys, profile }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [pending, setPending] = useState<SavedRole[]>([]);
  const [busy, setBusy] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus(null);
    // Size first: a huge file is refused before it is read into memory.
    const tooBig = checkRolesFileSize(file.size);
    const parsed = tooBig
      ? { ok: false as const, error: tooBig }
      : parseRolesFile(await file.text(), file.size);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: `${file.name}: ${parsed.error}` });
      return;
    }
    // The preview merges against the saved copies of the same jobs only.
    let mine: Record<string, SavedRole>;
    try {
      const saved = await loadRoles(parsed.roles.map((r) => r.key));
      mine = Object.fromEntries(saved.map((r) => [r.key, r]));
    } catch (err) {
      setStatus({ kind: 'error', text: `${file.name}: ${errorText(err)}` });
      return;
    }
    const { report } = mergeRoles(mine, parsed.roles);
    setPending(parsed.roles);
    setPreview({
      fileName: file.name,
      version: parsed.version,
      count: parsed.roles.length,
      report,
      invalid: parsed.invalid,
    });
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const r = await toBackground('roles/import', { roles: pending });
      const skipped = r.skipped.length + (preview?.invalid.length ?? 0);
      setStatus({
        kind: 'ok',
        text: `Imported from ${preview?.fileName}: ${r.added.length} added, ${r.updated.length} updated, ${skipped} skipped.`,
      });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: `Import failed, nothing was changed: ${errorText(err)}`,
      });
    } finally {
      setBusy(false);
      setPreview(null);
      setPending([]);
    }
  };

  const exportAs = async (ext: 'json' | 'csv') => {
    try {
      const roles = await loadRoles(keys);
      const now = Date.now();
      if (ext === 'json')
        downloadText(exportFileName('json', now), rolesJson(roles, now), 'application/json');
      else
        downloadText(
          exportFileName('csv', now),
          rolesCsv(roles, profile?.location ?? null),
          'text/csv',
        );
    } catch (err) {
      setStatus({ kind: 'error', text: `Export failed: ${errorText(err)}` });
    }
  };

  return (
    <section class="jl-card" id="transfer" aria-labelledby="transfer-h">
      <h2 id="transfer-h">Export and import</h2>
      <p class="jl-muted">
        Move your saved roles to another browser: export JSON here, import it there. CSV is for
        spreadsheets.
      </p>
      <div class="jl-row">
        <button
          type="button"
          class="jl-btn"
          data-testid="joblens-export-json"
          disabled={keys.length === 0}
          onClick={() => void exportAs('json')}
        >
          Export JSON
        </button>
        <button
          type="button"
          class="jl-btn"
          data-testid="joblens-export-csv"
          disabled={keys.length === 0}
          onClick={() => void exportAs('csv')}
        >
          Export CSV
        </button>
        <label class="jl-btn jl-file">
          Import roles (JSON)…
          <input
            type="file"
            accept="application/json,.json"
            class="jl-visually-hidden"
            data-testid="joblens-import-roles"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
      </div>
      {status && (
        <p
          class={status.kind === 'ok' ? 'jl-ok' : 'jl-error'}
          role={status.kind === 'ok' ? 'status' : 'alert'}
          data-testid="joblens-roles-import-status"
        >
          {status.text}
        </p>
      )}
      <ImportDialog
        preview={preview}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPreview(null)}
      />
    </section>
  );
}
